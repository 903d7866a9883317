/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on the Firefox package. Passes with 0 errors
 * and no warning from our own code. Warnings from libraries we bundle are printed and allowed only when they
 * match a known, harmless library pattern (below); anything else fails, so new code of ours cannot slip in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Library code that trips the linter by its shape, not by what it does with our data. */
const LIBRARY_PATTERNS: ReadonlyArray<{ code: string; library: string; source: RegExp }> = [
  // Preact's renderer supports `dangerouslySetInnerHTML`; none of our components uses it.
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'preact', source: /dangerouslySetInnerHTML/ },
  // zod probes once whether `new Function("")` is allowed (its JIT check); nothing is evaluated.
  { code: 'DANGEROUS_EVAL', library: 'zod', source: /new Function\(""\)/ },
];

const sourceDir = resolve(process.env.MSI_OUT_DIR ?? '.output', 'firefox-mv3');

/** The code around a message's position (the bundles are minified onto one line). */
function around(message: LintMessage): string {
  if (!message.file) return '';
  const lines = readFileSync(resolve(sourceDir, message.file), 'utf8').split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const at = message.column ?? 0;
  return line.slice(Math.max(0, at - 400), at + 400);
}

const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
const ours: LintMessage[] = [];
for (const warning of result.warnings) {
  const known = LIBRARY_PATTERNS.find((p) => p.code === warning.code && p.source.test(around(warning)));
  if (known) console.log(`allowed (${known.library}): ${warning.code} in ${warning.file}`);
  else ours.push(warning);
}
for (const m of [...result.errors, ...ours]) console.error(`${m.code}: ${m.message} (${m.file ?? 'manifest'}:${m.line ?? ''})`);
console.log(`web-ext lint ${sourceDir}: ${result.errors.length} errors, ${ours.length} warnings from our code, ${result.warnings.length - ours.length} from libraries`);
if (result.errors.length > 0 || ours.length > 0) process.exit(1);
