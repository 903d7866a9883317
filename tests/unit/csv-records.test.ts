import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../lib/csv/records';

/** Records as readRecords gives them, with the unclosed-quote mark, lines split as its contract says. */
function records(pieces: string[], delimiter: string, window?: number): { rows: string[][]; unclosed: number | null } {
  const rows: string[][] = [];
  let unclosed: number | null = null;
  const count = readRecords(
    pieces,
    delimiter,
    {
      record: (fields, index, open) => {
        expect(index).toBe(rows.length);
        rows.push([...fields]);
        if (open) unclosed = index;
      },
      line: (text, start, end, index, plain) => {
        expect(index).toBe(rows.length);
        const line = text.slice(start, end);
        expect(line).not.toContain('"');
        if (plain) expect(line).not.toMatch(/[\r\n\ufeff]/);
        rows.push(line.split(delimiter));
      },
    },
    { window },
  );
  expect(count).toBe(rows.length);
  return { rows, unclosed };
}

/** What one Papa.parse call on the whole text gives, without the empty record after a final line break. */
function papa(text: string, delimiter: string): { rows: string[][]; unclosed: number | null } {
  const result = Papa.parse<string[]>(text, { delimiter, fastMode: false });
  const rows = result.data;
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  return { rows, unclosed: result.errors.find((e) => e.code === 'MissingQuotes')?.row ?? null };
}

/** Deterministic pseudo-random numbers (LCG), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const ATOMS = ['a@example.com', 'Müller', '', ' ', '"', '""', '"q"', '"a,b"', '"a;b"', '"multi\nline"', '"x""y"', '"x" ', '"x"y',
  '=HYPERLINK("x")', 'a"b', ',', ';', '\r', '\n', '\r\n', '\ufeff', '日本', '😀', 'plain text'];

describe('readRecords', () => {
  it('splits exactly as one Papa.parse call, across window and piece boundaries', () => {
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    for (let n = 0; n < 1500; n++) {
      const delimiter = pick([',', ';', '\t']);
      const newline = pick(['\r\n', '\n', '\r']);
      const lines: string[] = [];
      for (let r = Math.floor(next() * 30); r > 0; r--) {
        const fields: string[] = [];
        for (let c = 1 + Math.floor(next() * 4); c > 0; c--) fields.push(next() < 0.5 ? `u${Math.floor(next() * 99)}@x.de` : pick(ATOMS));
        lines.push(fields.join(delimiter));
      }
      const text = (next() < 0.1 ? '\ufeff' : '') + lines.join(newline) + (next() < 0.5 ? newline : '');
      const size = 1 + Math.floor(next() * 40);
      const pieces: string[] = [];
      for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
      const window = 1 + Math.floor(next() * 120);
      expect(records(pieces, delimiter, window), JSON.stringify({ text, size, window })).toEqual(papa(text, delimiter));
    }
  });

  it('reads a value left open to the end of the file once, however many windows it spans', () => {
    const text = `Email,Name\r\na@x.de,"open${' and on,\r\n'.repeat(5000)}`;
    const pieces = text.match(/[^]{1,1000}/g)!;
    expect(records(pieces, ',', 4096)).toEqual(papa(text, ','));
  });
});
