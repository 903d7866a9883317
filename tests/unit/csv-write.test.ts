import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { quoteField, writeCsv } from '../../lib/csv/write';

describe('writeCsv', () => {
  it('writes exactly what Papa.unparse writes, on random tables with every special character', () => {
    const pieces = ['a', 'Ü', ' ', ',', ';', '"', '""', '\r', '\n', '\r\n', '\ufeff', "'=", '\t', 'x y', ''];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let t = 0; t < 200; t++) {
      const width = 1 + next(5);
      const field = (): string => Array.from({ length: next(5) }, () => pieces[next(pieces.length)]).join('');
      const header = Array.from({ length: width }, field);
      const rows = Array.from({ length: next(8) }, () => Array.from({ length: width }, field));
      const expected = Papa.unparse([header, ...rows], { newline: '\r\n' });
      expect(writeCsv(header, rows)).toBe(expected);
      // The comma hint may only be dropped when no value holds a comma.
      if (!rows.some((r) => r.some((f) => f.includes(',')))) expect(writeCsv(header, rows, false)).toBe(expected);
    }
  });

  it('quotes only what needs quoting', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('')).toBe('');
    expect(quoteField("'=1+2")).toBe("'=1+2");
    expect(quoteField('Müller, Hans')).toBe('"Müller, Hans"');
    expect(quoteField('Say "hi"')).toBe('"Say ""hi"""');
    expect(quoteField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(quoteField(' padded ')).toBe('" padded "');
  });

  it('uses CRLF and no final line break', () => {
    expect(writeCsv(['Email'], [['a@example.com'], ['b@example.com']])).toBe('Email\r\na@example.com\r\nb@example.com');
    expect(writeCsv(['Email'], [])).toBe('Email');
  });
});
