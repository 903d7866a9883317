import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessNewline } from '../../lib/csv/newlines';
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

/** `NL` stands for the text's own line break: PapaParse's newline rules apply to texts with one style. */
const ATOMS = ['a@example.com', 'Müller', '', ' ', '"', '""', '"q"', '"a,b"', '"a;b"', '"multiNLline"', '"x""y"', '"x" ', '"x"y',
  '=HYPERLINK("x")', 'a"b', ',', ';', 'NL', '\ufeff', '日本', '😀', 'plain text'];

describe('readRecords', () => {
  it('splits exactly as one Papa.parse call wherever its newline rules apply, across window and piece boundaries', () => {
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let compared = 0;
    for (let n = 0; n < 1500; n++) {
      const delimiter = pick([',', ';', '\t']);
      const newline = pick(['\r\n', '\n', '\r']);
      const lines: string[] = [];
      for (let r = Math.floor(next() * 30); r > 0; r--) {
        const fields: string[] = [];
        for (let c = 1 + Math.floor(next() * 4); c > 0; c--) fields.push(next() < 0.5 ? `u${Math.floor(next() * 99)}@x.de` : pick(ATOMS).replace('NL', newline));
        lines.push(fields.join(delimiter));
      }
      const text = (next() < 0.1 ? '\ufeff' : '') + lines.join(newline) + (next() < 0.5 ? newline : '');
      // Papa guesses the style with quoted parts cut out; an odd quotation mark can make it guess wrong, and
      // then its records keep the other breaks' CRs inside values: outside its own rules, and not compared.
      if (lines.length > 1 && Papa.parse(text, { delimiter, preview: 1 }).meta.linebreak !== newline) continue;
      const size = 1 + Math.floor(next() * 40);
      const pieces: string[] = [];
      for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
      const window = 1 + Math.floor(next() * 120);
      expect(records(pieces, delimiter, window), JSON.stringify({ text, size, window })).toEqual(papa(text, delimiter));
      compared++;
    }
    expect(compared).toBeGreaterThan(1200);
  });

  it('reads a value left open to the end of the file once, however many windows it spans', () => {
    const text = `Email,Name\r\na@x.de,"open${' and on,\r\n'.repeat(5000)}`;
    const pieces = text.match(/[^]{1,1000}/g)!;
    expect(records(pieces, ',', 4096)).toEqual(papa(text, ','));
  });

  it('ends records at CRLF, LF and a lone CR in any mix, keeping every line break inside quoted values', () => {
    const next = random(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const breaks = ['\r\n', '\n', '\r'];
    const values = ['a@example.com', 'Müller', '', 'a,b', 'line\none', 'cr\rin', 'crlf\r\nin', 'x"y', '日本'];
    for (let n = 0; n < 500; n++) {
      const rows: string[][] = [];
      for (let r = 1 + Math.floor(next() * 20); r > 0; r--) {
        const row: string[] = [];
        for (let c = 1 + Math.floor(next() * 4); c > 0; c--) row.push(`${pick(values)}${Math.floor(next() * 9)}`);
        rows.push(row);
      }
      // Values with a comma, quote or line break are quoted, as a CSV writer would; rows end in random styles.
      const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      const text = rows.map((row) => row.map(quote).join(',') + pick(breaks)).join('');
      const size = 1 + Math.floor(next() * 40);
      const pieces = text.match(/[^]{1,40}/g)!.flatMap((p) => (size < 20 ? [p.slice(0, size), p.slice(size)].filter(Boolean) : [p]));
      expect(records(pieces, ',', 1 + Math.floor(next() * 120)).rows, JSON.stringify(text)).toEqual(rows);
    }
  });

  it('reads a file concatenated from Windows, Unix and Mac exports to every row', () => {
    const text = 'Email,Name\r\na@x.de,A\r\nb@x.de,B\nc@x.de,"C\nD"\rd@x.de,D\r\n';
    expect(records([text], ',').rows).toEqual([['Email', 'Name'], ['a@x.de', 'A'], ['b@x.de', 'B'], ['c@x.de', 'C\nD'], ['d@x.de', 'D']]);
  });
});

describe('guessNewline', () => {
  it('guesses the line break style exactly as PapaParse does, quoted stretches and mixes included', () => {
    const next = random(7);
    const atoms = ['a', ',', '"', '""', '\r', '\n', '\r\n', '\r\n', '\n\r', 'x"y', '"\r\n"', ' '];
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const length = Math.floor(next() * 30);
      for (let i = 0; i < length; i++) text += atoms[Math.floor(next() * atoms.length)];
      const expected = Papa.parse(text, { delimiter: ',', preview: 1 }).meta.linebreak;
      expect(guessNewline(text), JSON.stringify(text)).toBe(expected);
    }
  });
});
