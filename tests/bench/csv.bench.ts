/**
 * `npm run bench:csv` — the CSV pre-flight against its budgets, on a generated 10 MB invite list:
 * 1. time of the background's code path: createCsvCheck fed in the port's chunk size (CSV_CHUNK_BYTES; each
 *    chunk is decoded as it is pushed), then finish() (delimiter, parse, row checks, cleaned CSV, report) —
 *    against bare Papa.parse on the same bytes (decoded outside its timing, default config): ratio budget 1.5.
 *    finish() returns the cleaned CSV as parts, which the port sends as they are (entrypoints/background/
 *    csv-port.ts), so joining them into one string is not on the background's path and not timed here;
 * 2. peak memory of the check: growth of the process's resident memory over its level just before the check,
 *    sampled every millisecond by a worker thread (the check itself is synchronous) — budget 4 × file size.
 *    Resident memory includes the heap's slack, so this errs high; the heap still live after the check (result
 *    held) is printed beside it as the lower bound.
 * Medians of several runs. Timings run alternately in this process; each memory run has a fresh process
 * (`--expose-gc`), so one run's garbage cannot hide in the next one's figure. Exits 1 when over budget.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Papa from 'papaparse';
import { createCsvCheck, MAX_FULL_BYTES } from '../../lib/csv';
import { CSV_CHUNK_BYTES } from '../../lib/messaging/csv-port-types';
import { GRID_BUDGET, problemList, revalidationMs, scrollFrames } from './csv-grid.bench';

const BUDGET = { ratio: 1.5, memoryFactor: 4 };
const TIME_RUNS = 7;
const MEMORY_RUNS = 5;
const SELF = fileURLToPath(import.meta.url);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

/**
 * An invite list as admins export it: mostly clean rows (umlauts in names, a comma inside a quoted name),
 * and the usual 3 % of problems: surrounding spaces, duplicates in another case, broken addresses, blank
 * lines, a formula in the team column. Deterministic, just under 10 MB (the size checked without warning).
 */
function inviteList(maxBytes = MAX_FULL_BYTES): Uint8Array {
  const first = ['Anna', 'Jürgen', 'Zoë', 'Hans', 'Maria', 'Özlem', 'Liam', 'Chloé', 'Björn', 'Sofia'];
  const last = ['Müller', 'Schmidt', 'Weiß', 'Nguyen', 'García', 'Smith', 'Öztürk', 'Dubois', 'Rossi', 'Kowalski'];
  const teams = ['Everyone', 'Sales EMEA', 'Sales NA', 'Inside Sales', 'Partners'];
  const lines = ['Email,First Name,Last Name,Team'];
  let bytes = lines[0]!.length + 2;
  for (let i = 0; ; i++) {
    const f = first[i % 10]!;
    const l = last[(i * 7) % 10]!;
    const email = `${f}.${l}.${i}@example${i % 13}.com`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase();
    const team = teams[i % 5]!;
    let line: string;
    switch (i % 100) {
      case 7: line = `  ${email} ,${f}, ${l},${team}`; break;
      case 19: line = `${email.toUpperCase()},${f},${l},${team}`; break;
      case 23: line = `${email.replace('@', '')},${f},${l},${team}`; break;
      case 42: line = ''; break;
      case 57: line = `${email},${f},${l},=HYPERLINK("x")`; break;
      case 88: line = `${email},"${l}, ${f}",${l},${team}`; break;
      default: line = `${email},${f},${l},${team}`;
    }
    if (i % 100 === 19) line = `${lines[lines.length - 1]!.split(',')[0]!.toUpperCase()},${f},${l},${team}`;
    const size = Buffer.byteLength(line) + 2;
    if (bytes + size > maxBytes) break;
    lines.push(line);
    bytes += size;
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/** The background's code path, in the port's chunk size. */
function checkInChunks(bytes: Uint8Array) {
  const check = createCsvCheck({ name: 'invites.csv', size: bytes.length, locale: 'en' });
  for (let at = 0; at < bytes.length; at += CSV_CHUNK_BYTES) check.push(bytes.subarray(at, at + CSV_CHUNK_BYTES));
  return check.finish();
}

function timeIt(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Child process: one memory measurement of one code path; prints `{ base, peak }` in bytes. */
async function memoryChild(which: 'check' | 'papa', path: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const text = which === 'papa' ? new TextDecoder().decode(bytes) : '';
  const sampler = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
     const timer = setInterval(sample, 1);
     parentPort.on('message', () => { sample(); clearInterval(timer); parentPort.postMessage(peak); });
     parentPort.postMessage('ready');`,
    { eval: true },
  );
  await new Promise((resolve) => sampler.once('message', resolve));
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with --expose-gc');
  gc();
  const live = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const liveBase = live();
  const base = process.memoryUsage.rss();
  const result = which === 'check' ? checkInChunks(bytes) : Papa.parse(text);
  const peak = await new Promise<number>((resolve) => {
    sampler.once('message', resolve);
    sampler.postMessage('stop');
  });
  // The result stays alive until both figures are read, as in the port handler until it has sent it.
  gc();
  const retained = live() - liveBase;
  process.stdout.write(JSON.stringify({ base, peak, retained, kept: result !== null }));
  await sampler.terminate();
}

function measureMemory(which: 'check' | 'papa', path: string): { peak: number; retained: number } {
  const out = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--memory-child', which, path], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`memory run failed: ${out.stderr}`);
  const { base, peak, retained } = JSON.parse(out.stdout) as { base: number; peak: number; retained: number };
  return { peak: peak - base, retained };
}

async function main(): Promise<void> {
  const bytes = inviteList();
  const path = join(tmpdir(), 'msi-csv-bench-invites.csv');
  writeFileSync(path, bytes);
  const text = new TextDecoder().decode(bytes);
  const result = checkInChunks(bytes);
  const { rows } = result.report;
  console.log(`file  ${bytes.length} B (${mb(bytes.length)}), ${rows.total} rows: ${rows.kept} kept, ${rows.fixed} fixed, ${rows.removed} removed; chunks of ${CSV_CHUNK_BYTES} B`);

  // Warm-up, then alternate so drift (thermal, other load) hits both sides alike.
  timeIt(() => checkInChunks(bytes));
  timeIt(() => Papa.parse(text));
  const ours: number[] = [];
  const papa: number[] = [];
  for (let i = 0; i < TIME_RUNS; i++) {
    ours.push(timeIt(() => checkInChunks(bytes)));
    papa.push(timeIt(() => Papa.parse(text)));
  }
  const ratio = median(ours) / median(papa);
  console.log(`time  check (background path) median ${median(ours).toFixed(0)} ms   Papa.parse median ${median(papa).toFixed(0)} ms   (${TIME_RUNS} runs each)`);
  console.log(`time  ratio ${ratio.toFixed(2)}   budget ${BUDGET.ratio}   ${verdict(ratio <= BUDGET.ratio)}`);

  // Short rows: fewer fields than the header (here an address alone on its line). Their field search must
  // stop at the line's end, so the check's time does not depend on the shape of bad rows.
  const shortRows = new TextEncoder().encode(['Email,First Name,Last Name', ...Array.from({ length: 120_000 }, (_, i) => `person.${i}@example.com`)].join('\n'));
  const shortText = new TextDecoder().decode(shortRows);
  const shortOurs: number[] = [];
  const shortPapa: number[] = [];
  timeIt(() => checkInChunks(shortRows));
  timeIt(() => Papa.parse(shortText));
  for (let i = 0; i < TIME_RUNS; i++) {
    shortOurs.push(timeIt(() => checkInChunks(shortRows)));
    shortPapa.push(timeIt(() => Papa.parse(shortText)));
  }
  const shortRatio = median(shortOurs) / median(shortPapa);
  console.log(`time  short rows (${mb(shortRows.length)}, 120,000 rows of 1 field under a 3-column header) ratio ${shortRatio.toFixed(2)}   budget ${BUDGET.ratio}   ${verdict(shortRatio <= BUDGET.ratio)}`);

  const memory = Array.from({ length: MEMORY_RUNS }, () => measureMemory('check', path));
  const papaMemory = Array.from({ length: MEMORY_RUNS }, () => measureMemory('papa', path));
  const peak = median(memory.map((m) => m.peak));
  const limit = BUDGET.memoryFactor * bytes.length;
  const retained = median(memory.map((m) => m.retained));
  console.log(
    `memory  check peak ${mb(peak)} (${(peak / bytes.length).toFixed(2)} × file), live after it ${mb(retained)}   ` +
      `Papa.parse peak ${mb(median(papaMemory.map((m) => m.peak)))}, live after it ${mb(median(papaMemory.map((m) => m.retained)))}   (medians of ${MEMORY_RUNS} fresh processes)`,
  );
  console.log(`memory  budget ${mb(limit)} (${BUDGET.memoryFactor} × file)   ${verdict(peak <= limit)}`);

  // The fix grid (csv-grid.bench.ts): one edited row re-validated, and the grid scrolled, over 100,000 problem rows.
  const list = problemList();
  const revalidate = revalidationMs(list);
  const revalidateOk = revalidate.median <= GRID_BUDGET.revalidateMs;
  console.log(`fix   re-validating one edited row (edit + counts, ${revalidate.rows} problem rows) median ${revalidate.median.toFixed(3)} ms   budget ${GRID_BUDGET.revalidateMs} ms   ${verdict(revalidateOk)}`);
  const grid = await scrollFrames(list);
  const heavyBudget = Math.floor(GRID_BUDGET.longFrameShare * (grid?.scroll.frames ?? 0));
  const scrollOk = grid === null || grid.scroll.heavy <= heavyBudget;
  if (grid === null) console.log('fix   grid scroll skipped: no e2e build (run `npm run build:e2e` first)');
  else {
    const { idle, scroll } = grid;
    console.log(
      `fix   grid scroll over 100,000 rows (${scroll.frames} frames): frames doing over 16 ms of work ${scroll.heavy} (median work ${scroll.medianWorkMs.toFixed(1)} ms)   budget ${heavyBudget}   ${verdict(scrollOk)}`,
    );
    console.log(
      `fix   frame intervals over 16.7 ms: ${scroll.long} scrolling, ${idle.long} standing still (the machine's own jitter; worst ${scroll.worstMs.toFixed(0)} / ${idle.worstMs.toFixed(0)} ms)`,
    );
  }

  process.exit(ratio <= BUDGET.ratio && shortRatio <= BUDGET.ratio && peak <= limit && revalidateOk && scrollOk ? 0 : 1);
}

if (process.argv[2] === '--memory-child') void memoryChild(process.argv[3] as 'check' | 'papa', process.argv[4]!);
else void main();
