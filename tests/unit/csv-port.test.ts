import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { checkCsv, createCsvCheck, MAX_BYTES } from '../../lib/csv';
import type { CsvCheck, CsvStreamOptions } from '../../lib/csv';
import { summarizeResult } from '../../lib/csv/summary';
import { bytesToBase64 } from '../../lib/messaging/base64';
import { CSV_CHUNK_BASE64_MAX, CSV_CHUNK_BYTES } from '../../lib/messaging/csv-port-types';
import type { SenderInfo } from '../../lib/messaging/sender';
import { CONTENT, fakeBackground, PAGE, SELF } from './csv-port-helpers';

const DIR = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(DIR + name));

/** createCheck that records what happens to the checks it hands out. */
function spyingChecks() {
  const made: { options: CsvStreamOptions; cancel: ReturnType<typeof vi.fn>; pushed: number }[] = [];
  const createCheck = (options: CsvStreamOptions): CsvCheck => {
    const real = createCsvCheck(options);
    const entry = { options, cancel: vi.fn(() => real.cancel()), pushed: 0 };
    made.push(entry);
    return {
      push: (chunk) => {
        entry.pushed += chunk.length;
        real.push(chunk);
      },
      finish: () => real.finish(),
      cancel: entry.cancel,
    };
  };
  return { made, createCheck };
}

describe('CSV port: senders', () => {
  it.each<[string, SenderInfo]>([
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/csv.html' }],
    ['a web page', { url: 'https://evil.example/' }],
    ['a content script on an unmatched host', { id: SELF.id, url: 'https://evil.example/', tab: { id: 3 } }],
    ['a content-like sender without a tab', { id: SELF.id, url: 'https://toutapp.com/next' }],
  ])('refuses %s before reading anything', async (_name, sender) => {
    const { made, createCheck } = spyingChecks();
    const port = fakeBackground({ createCheck }).connect(sender);
    expect(port.posted).toEqual([{ type: 'error', code: 'forbidden-sender', message: expect.any(String) }]);
    expect(port.serverDisconnected()).toBe(true);
    await port.send({ type: 'start', name: 'a.csv', size: 10, locale: 'en' });
    expect(made).toEqual([]);
  });

  it('accepts our extension pages and our content scripts on matched hosts', async () => {
    for (const sender of [PAGE, CONTENT]) {
      const port = fakeBackground().connect(sender);
      await port.send({ type: 'start', name: 'a.csv', size: 10, locale: 'en' });
      expect(port.posted).toEqual([{ type: 'progress', received: 0, total: 10 }]);
    }
  });

  it('leaves ports with other names alone', async () => {
    const port = fakeBackground().connect(PAGE, 'something-else');
    await port.send({ type: 'start', name: 'a.csv', size: 10, locale: 'en' });
    expect(port.posted).toEqual([]);
    expect(port.serverDisconnected()).toBe(false);
  });
});

describe('CSV port: a check', () => {
  it('acknowledges every chunk and answers exactly what checkCsv answers', async () => {
    const bytes = bytesOf('problems.csv');
    const port = fakeBackground().connect(CONTENT);
    await port.send({ type: 'start', name: 'problems.csv', size: bytes.length, locale: 'de' });
    const half = Math.floor(bytes.length / 2);
    await port.send({ type: 'chunk', data: bytesToBase64(bytes.subarray(0, half)) });
    await port.send({ type: 'chunk', data: bytesToBase64(bytes.subarray(half)) });
    await port.send({ type: 'finish' });
    const expected = checkCsv(bytes, { name: 'problems.csv', locale: 'de' });
    expect(port.posted).toEqual([
      { type: 'progress', received: 0, total: bytes.length },
      { type: 'progress', received: half, total: bytes.length },
      { type: 'progress', received: bytes.length, total: bytes.length },
      { type: 'checking' },
      { type: 'result', report: expected.report, cleanedCsv: expected.cleanedCsv, problemRows: expected.problemRows, summary: summarizeResult(expected, 'de') },
    ]);
  });

  it('refuses a file over 50 MB on start, before any byte is read or buffered', async () => {
    const { made, createCheck } = spyingChecks();
    const port = fakeBackground({ createCheck }).connect(PAGE);
    await port.send({ type: 'start', name: 'huge.csv', size: MAX_BYTES + 1, locale: 'en' });
    expect(port.posted).toHaveLength(1);
    const result = port.posted[0]!;
    expect(result).toMatchObject({ type: 'result', cleanedCsv: null, report: { file: { name: 'huge.csv', bytes: MAX_BYTES + 1 }, rows: { total: 0 } } });
    expect(result.type === 'result' && result.report.issues.map((i) => [i.code, i.severity])).toEqual([['file-too-large', 'error']]);
    expect(made.map((m) => m.pushed)).toEqual([0]);
    // Whatever follows is ignored: the check is over.
    await port.send({ type: 'chunk', data: 'AAAA' });
    expect(port.posted).toHaveLength(1);
  });

  it('checks an empty file (no chunks at all)', async () => {
    const port = fakeBackground().connect(PAGE);
    await port.send({ type: 'start', name: 'empty.csv', size: 0, locale: 'en' });
    await port.send({ type: 'finish' });
    expect(port.posted.at(-1)).toMatchObject({ type: 'result', cleanedCsv: null, report: { issues: [{ code: 'empty-file' }] } });
  });
});

describe('CSV port: validation', () => {
  it.each<[string, unknown]>([
    ['not an object', 'start'],
    ['an unknown type', { type: 'upload' }],
    ['an unknown key', { type: 'start', name: 'a.csv', size: 1, locale: 'en', path: '/etc' }],
    ['a negative size', { type: 'start', name: 'a.csv', size: -1, locale: 'en' }],
    ['a fractional size', { type: 'start', name: 'a.csv', size: 1.5, locale: 'en' }],
    ['an unknown locale', { type: 'start', name: 'a.csv', size: 1, locale: 'fr' }],
    ['an over-long name', { type: 'start', name: 'a'.repeat(2000), size: 1, locale: 'en' }],
  ])('ends the check on %s', async (_name, message) => {
    const port = fakeBackground().connect(PAGE);
    await port.send(message);
    expect(port.posted).toEqual([{ type: 'error', code: 'malformed', message: expect.any(String) }]);
    expect(port.serverDisconnected()).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a chunk larger than the chunk size', { type: 'chunk', data: 'A'.repeat(CSV_CHUNK_BASE64_MAX + 4) }],
    ['a chunk that is not base64', { type: 'chunk', data: '!!!not base64!!!' }],
    ['a chunk of numbers', { type: 'chunk', data: [1, 2, 3] }],
  ])('ends a running check on %s and drops its buffer', async (_name, message) => {
    const { made, createCheck } = spyingChecks();
    const port = fakeBackground({ createCheck }).connect(PAGE);
    await port.send({ type: 'start', name: 'a.csv', size: CSV_CHUNK_BYTES, locale: 'en' });
    await port.send(message);
    expect(port.posted.at(-1)).toEqual({ type: 'error', code: 'malformed', message: expect.any(String) });
    expect(made[0]!.cancel).toHaveBeenCalled();
  });

  it.each<[string, unknown[]]>([
    ['a chunk before start', [{ type: 'chunk', data: 'AAAA' }]],
    ['finish before start', [{ type: 'finish' }]],
    ['a second start', [{ type: 'start', name: 'a.csv', size: 3, locale: 'en' }, { type: 'start', name: 'b.csv', size: 3, locale: 'en' }]],
  ])('ends the check on %s', async (_name, messages) => {
    const port = fakeBackground().connect(PAGE);
    for (const m of messages) await port.send(m);
    expect(port.posted.at(-1)).toEqual({ type: 'error', code: 'protocol', message: expect.any(String) });
    expect(port.serverDisconnected()).toBe(true);
  });

  it('says nothing about the file when the check itself fails', async () => {
    const createCheck = (): CsvCheck => ({
      push: () => undefined,
      finish: () => {
        throw new Error('boom with anna@example.com');
      },
      cancel: () => undefined,
    });
    const port = fakeBackground({ createCheck }).connect(PAGE);
    await port.send({ type: 'start', name: 'a.csv', size: 3, locale: 'en' });
    await port.send({ type: 'finish' });
    const last = port.posted.at(-1)!;
    expect(last).toEqual({ type: 'error', code: 'internal', message: expect.any(String) });
    expect(JSON.stringify(last)).not.toContain('anna');
  });
});

describe('CSV port: ending early and limits', () => {
  it('drops the buffer on cancel', async () => {
    const { made, createCheck } = spyingChecks();
    const port = fakeBackground({ createCheck }).connect(PAGE);
    await port.send({ type: 'start', name: 'a.csv', size: 10, locale: 'en' });
    await port.send({ type: 'cancel' });
    expect(made[0]!.cancel).toHaveBeenCalled();
    expect(port.serverDisconnected()).toBe(true);
  });

  it('drops the buffer when the client goes away (tab closed)', async () => {
    const { made, createCheck } = spyingChecks();
    const port = fakeBackground({ createCheck }).connect(CONTENT);
    await port.send({ type: 'start', name: 'a.csv', size: 10, locale: 'en' });
    await port.clientGone();
    expect(made[0]!.cancel).toHaveBeenCalled();
  });

  it('refuses more concurrent checks than allowed, and frees the slot when one ends', async () => {
    const background = fakeBackground({ maxActive: 1 });
    const first = background.connect(PAGE);
    await first.send({ type: 'start', name: 'a.csv', size: 10, locale: 'en' });
    const second = background.connect(PAGE);
    await second.send({ type: 'start', name: 'b.csv', size: 10, locale: 'en' });
    expect(second.posted).toEqual([{ type: 'error', code: 'busy', message: expect.any(String) }]);
    await first.send({ type: 'finish' });
    const third = background.connect(PAGE);
    await third.send({ type: 'start', name: 'c.csv', size: 10, locale: 'en' });
    expect(third.posted).toEqual([{ type: 'progress', received: 0, total: 10 }]);
  });
});
