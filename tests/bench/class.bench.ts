/**
 * `npm run bench:class` — the class overview against its budget: 200 result files of the largest valid
 * size opened at once must take under a second of main-thread work. Timed: reading and validating every
 * file (readClassFiles: JSON, format, version, strict schema, secret scan, duplicates), the aggregation
 * (matrix, medians, stall step) and rendering the page's matrix, chart and tables with Preact into a
 * happy-dom document (slower than a browser's DOM, so the figure errs high). Reading the files from disk
 * is the browser's I/O, not main-thread work, and is not timed. The CSV and Markdown exports run on a
 * click, not on opening: printed beside, each with the same budget. Medians of several runs; exits 1
 * when over budget. For scale, bare JSON.parse of the same files is printed as a ratio.
 */
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { assessmentToJson, parseAssessmentJson } from '../../lib/assessment/json';
import { MAX_ATTENDEE_LENGTH, MAX_COUNT, MAX_SECONDS, type AssessmentResult } from '../../lib/assessment/types';
import { aggregate } from '../../lib/class-overview/aggregate';
import { overviewToCsv, overviewToMarkdown } from '../../lib/class-overview/export';
import { readClassFiles, type ClassFile } from '../../lib/class-overview/read-file';
import { STEP_IDS } from '../../lib/guide/types';

const BUDGET_MS = 1000;
const FILES = 200;
const RUNS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The largest result the schema accepts: the longest name, every step, the largest numbers. */
function largestResult(i: number): AssessmentResult {
  const name = `Attendee ${i} `.padEnd(MAX_ATTENDEE_LENGTH, 'x');
  const start = Date.parse('2026-12-07T09:00:00.000Z') + i * 1000;
  return {
    format: 'msi-setup-assessment',
    version: 1,
    attendee: name,
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(start + MAX_SECONDS * 1000).toISOString(),
    extensionVersion: '1234567890.1234567890.1234567890-beta.11',
    uiLanguage: 'de',
    steps: STEP_IDS.map((id, s) => ({
      id,
      done: (i + s) % 3 !== 0,
      via: (i + s) % 3 !== 0 ? ('evidence' as const) : null,
      seconds: MAX_SECONDS - s,
      hints: MAX_COUNT - s,
      offPath: MAX_COUNT - i,
    })),
  };
}

async function main() {
  const files: ClassFile[] = Array.from({ length: FILES }, (_, i) => ({ name: `attendee-${String(i).padStart(3, '0')}.json`, text: assessmentToJson(largestResult(i)) }));
  if (!files.every((f) => parseAssessmentJson(f.text).ok)) throw new Error('a generated file is not valid');
  const bytes = files.reduce((sum, f) => sum + f.text.length, 0);

  const window = new Window();
  Object.assign(globalThis, { document: window.document });
  const { ClassMatrix } = await import('../../components/class/ClassMatrix');
  const { StallChart } = await import('../../components/class/StallChart');
  const { RejectedFiles } = await import('../../components/class/RejectedFiles');
  const root = window.document.createElement('div');
  window.document.body.append(root as never);

  const open = () => {
    const { rows, rejected } = readClassFiles(files);
    const overview = aggregate(rows);
    render(h('main', null, h(ClassMatrix, { overview }), h(StallChart, { overview }), h(RejectedFiles, { rejected })), root as never);
    if (rows.length !== FILES || root.querySelectorAll('tbody tr').length < FILES) throw new Error('not every file was shown');
    return overview;
  };
  const time = (run: () => unknown) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const overview = open();
  const opening: number[] = [];
  const parsing: number[] = [];
  const csv: number[] = [];
  const markdown: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    render(null, root as never);
    opening.push(time(open));
    parsing.push(time(() => files.forEach((f) => JSON.parse(f.text))));
    csv.push(time(() => overviewToCsv(overview, 'de')));
    markdown.push(time(() => overviewToMarkdown(overview, 'de')));
  }
  const figures = { open: median(opening), parse: median(parsing), csv: median(csv), markdown: median(markdown) };
  const verdict = (ms: number) => (ms <= BUDGET_MS ? 'ok' : 'OVER BUDGET');
  console.log(`class overview: ${FILES} result files of ${files[0]!.text.length} bytes each (the largest valid; ${(bytes / 1024).toFixed(0)} KB in all), medians of ${RUNS} runs`);
  console.log(`  open (read, validate, aggregate, render): ${figures.open.toFixed(0)} ms   budget ${BUDGET_MS} ms   ${verdict(figures.open)}   (${(figures.open / figures.parse).toFixed(0)} × bare JSON.parse)`);
  console.log(`  CSV export:      ${figures.csv.toFixed(0)} ms   budget ${BUDGET_MS} ms   ${verdict(figures.csv)}`);
  console.log(`  Markdown export: ${figures.markdown.toFixed(0)} ms   budget ${BUDGET_MS} ms   ${verdict(figures.markdown)}`);
  if ([figures.open, figures.csv, figures.markdown].some((ms) => ms > BUDGET_MS)) process.exit(1);
}

void main();
