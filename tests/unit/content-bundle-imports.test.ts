import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The content scripts run on the host page under a size budget: the texts only our pages and the
 * background show (summaries, rule proofs, notices, "where" fallbacks), and the callouts' texts, which the
 * background sends with the overlay's stylesheet, must never be bundled into them.
 * This follows every static and dynamic import from each content entrypoint, as the bundler would.
 */
const ROOT = resolve(import.meta.dirname, '../..');
/** Everything that runs in a host frame: the content scripts, the sandbox's guest, and the injected assist bundles. */
const ENTRIES = readdirSync(resolve(ROOT, 'entrypoints'))
  .filter((e) => e.endsWith('.content') || e === 'practice-guest' || e.startsWith('assist-'))
  .map((e) => `entrypoints/${e}/index.ts`);
const PAGE_ONLY = /^lib\/(?:apps\/(?:[^/]+\/)?(?:page-texts|error-texts)|i18n\/callout-text)\.ts$/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(resolve(ROOT, from)), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|js|css)$/.test(candidate)) return relative(ROOT, candidate);
  }
  return null;
}

/** Every module reachable from `entry`, with the import chain that reached it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (!/\.tsx?$/.test(file)) continue;
    // Type-only imports are erased: they cost the bundle nothing.
    const source = readFileSync(resolve(ROOT, file), 'utf8').replace(/^import type [^;]+;$/gm, '').replace(/^export type [^;]+;$/gm, '');
    for (const match of source.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2]!);
      if (!target || seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      queue.push(target);
    }
  }
  return seen;
}

describe('content-script bundles', () => {
  it('covers the three content scripts, the guest and the four assist bundles', () => {
    expect(ENTRIES).toHaveLength(8);
  });

  it.each(ENTRIES)('%s reaches no page-only text module', (entry) => {
    const modules = reachable(entry);
    // The walk does reach into lib/ (so it would see the texts if they were imported).
    expect([...modules.keys()].some((m) => m.startsWith('lib/'))).toBe(true);
    const leaks = [...modules.entries()].filter(([m]) => PAGE_ONLY.test(m)).map(([, chain]) => chain.join(' → '));
    expect(leaks).toEqual([]);
  });

  it('would notice a leak: the background does reach them', () => {
    expect([...reachable('entrypoints/background/index.ts').keys()].filter((m) => PAGE_ONLY.test(m)).length).toBeGreaterThan(0);
  });
});
