import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCsv, MAX_BYTES } from '../../lib/csv';
import type { CsvCheck, CsvCheckResult, CsvIssue } from '../../lib/csv';
import { summarizeResult } from '../../lib/csv/summary';
import { base64ToBytes, bytesToBase64 } from '../../lib/messaging/base64';
import { checkFileInBackground, type CsvCheckProgress } from '../../lib/messaging/csv-port-client';
import { CSV_CHUNK_BYTES, CSV_CHUNK_WINDOW, CSV_ISSUE_BATCH, CSV_ROW_BATCH, CSV_TEXT_PIECE } from '../../lib/messaging/csv-port-types';
import { CONTENT, fakeBackground, PAGE } from './csv-port-helpers';

const DIR = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const fileOf = (name: string): File => new File([readFileSync(DIR + name)], name);

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) & 255);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array([0xff, 0xfe, 0x41]))).toBe('//5B');
  });
});

describe('checkFileInBackground', () => {
  it('streams a file and gets the same result as checkCsv, with progress', async () => {
    const file = fileOf('windows-1252-german-excel.csv');
    const progress: CsvCheckProgress[] = [];
    const run = checkFileInBackground(file, 'de', (p) => progress.push(p), () => fakeBackground().connect(CONTENT).client);
    const expected = checkCsv(new Uint8Array(await file.arrayBuffer()), { name: file.name, locale: 'de' });
    expect(await run.done).toEqual({ ...expected, summary: summarizeResult(expected, 'de') });
    expect(progress.at(0)).toEqual({ phase: 'reading', received: 0, total: file.size });
    expect(progress.at(-1)).toEqual({ phase: 'checking', received: file.size, total: file.size });
  });

  it('keeps at most the window of chunks unacknowledged, and sends the file in chunk-sized pieces', async () => {
    const size = CSV_CHUNK_BYTES * 9 + 17;
    const file = new File([new Uint8Array(size).fill(0x41)], 'big.csv');
    const pair = fakeBackground().connect(PAGE);
    let inFlight = 0;
    let maxInFlight = 0;
    const lengths: number[] = [];
    const post = pair.client.postMessage.bind(pair.client);
    pair.client.postMessage = (m) => {
      if (m.type === 'chunk') {
        lengths.push(base64ToBytes(m.data).length);
        maxInFlight = Math.max(maxInFlight, ++inFlight);
      }
      post(m);
    };
    pair.client.onMessage.addListener((m) => {
      if (m.type === 'progress' && m.received > 0) inFlight--;
    });
    const outcome = await checkFileInBackground(file, 'en', () => undefined, () => pair.client).done;
    expect(outcome?.report.file.bytes).toBe(size);
    expect(lengths).toEqual([...Array<number>(9).fill(CSV_CHUNK_BYTES), 17]);
    expect(maxInFlight).toBeLessThanOrEqual(CSV_CHUNK_WINDOW);
  });

  it('reassembles a result sent in batches and pieces', async () => {
    const issue: CsvIssue = { row: 2, column: 1, code: 'invalid-email', severity: 'error', message: 'x' };
    const issues = Array.from({ length: CSV_ISSUE_BATCH * 2 + 5 }, (_, i) => ({ ...issue, row: i + 2 }));
    const cleanedCsv = `Email\r\n${'a@example.com\r\n'.repeat(Math.ceil((CSV_TEXT_PIECE * 2.5) / 15))}`;
    const big: CsvCheckResult = {
      report: { file: { name: 'a.csv', bytes: 3, encoding: 'utf-8', delimiter: ',', hasHeader: true }, columns: [], rows: { total: 0, kept: 0, fixed: 0, removed: 0 }, issues },
      cleanedCsv,
      problemRows: Array.from({ length: CSV_ROW_BATCH + 7 }, (_, i) => ({ row: i + 2, fields: [`bad${i}`, 'Anna'], removed: true })),
    };
    // The check hands over the cleaned file in parts of its own size; the port cuts its pieces across them.
    const cleanedParts = cleanedCsv.match(/[^]{1,300000}/g)!;
    const createCheck = (): CsvCheck => ({ push: () => undefined, finish: () => ({ report: big.report, cleanedParts, problemRows: big.problemRows }), cancel: () => undefined });
    const pair = fakeBackground({ createCheck }).connect(PAGE);
    const outcome = await checkFileInBackground(new File(['abc'], 'a.csv'), 'en', () => undefined, () => pair.client).done;
    expect(outcome).toEqual({ ...big, summary: summarizeResult(big, 'en') });
    const kinds = pair.posted.map((m) => m.type);
    expect(kinds.filter((k) => k === 'issues')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'cleaned')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'rows')).toHaveLength(1);
    expect(kinds.at(-1)).toBe('result');
  });

  it('gets the refusal of a file over 50 MB without sending a byte', async () => {
    const file = new File(['x'], 'huge.csv');
    Object.defineProperty(file, 'size', { value: MAX_BYTES + 1 });
    const pair = fakeBackground().connect(PAGE);
    const sent: string[] = [];
    const post = pair.client.postMessage.bind(pair.client);
    pair.client.postMessage = (m) => (sent.push(m.type), post(m));
    const outcome = await checkFileInBackground(file, 'en', () => undefined, () => pair.client).done;
    expect(outcome?.report.issues.map((i) => i.code)).toEqual(['file-too-large']);
    expect(sent).toEqual(['start']);
  });

  it('resolves null on cancel and tells the background', async () => {
    const file = new File([new Uint8Array(CSV_CHUNK_BYTES * 20)], 'big.csv');
    const pair = fakeBackground().connect(PAGE);
    const run = checkFileInBackground(file, 'en', (p) => p.received >= CSV_CHUNK_BYTES && run.cancel(), () => pair.client);
    expect(await run.done).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pair.posted.some((m) => m.type === 'result')).toBe(false);
  });

  it('rejects when the background refuses the sender or goes away', async () => {
    const foreign = fakeBackground().connect({ url: 'https://evil.example/' });
    await expect(checkFileInBackground(fileOf('utf8-comma.csv'), 'en', () => undefined, () => foreign.client).done).rejects.toThrow();
    const pair = fakeBackground().connect(PAGE);
    const run = checkFileInBackground(fileOf('utf8-comma.csv'), 'en', () => undefined, () => pair.client);
    pair.server.disconnect();
    await expect(run.done).rejects.toThrow();
  });
});
