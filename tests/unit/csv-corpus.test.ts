import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkCsv, type CsvCheckResult, type CsvReport, type IssueCode } from '../../lib/csv';

const DIR = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const CORPUS = readdirSync(DIR)
  .filter((f) => !f.endsWith('.ts'))
  .sort();
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(DIR + name));
const check = (name: string, locale: 'en' | 'de' = 'en'): CsvCheckResult => checkCsv(bytesOf(name), { name, locale });

const CODES: IssueCode[] = [
  'not-csv', 'empty-file', 'no-email-column', 'missing-email', 'invalid-email', 'duplicate-email', 'blank-row',
  'ragged-row', 'formula-injection', 'whitespace-trimmed', 'encoding-fallback', 'field-too-long', 'file-too-large',
];

const REMOVAL = new Set<IssueCode>(['missing-email', 'invalid-email', 'duplicate-email', 'blank-row', 'ragged-row', 'field-too-long']);
const FIXES = new Set<IssueCode>(['formula-injection', 'whitespace-trimmed', 'field-too-long']);

type Rows = CsvReport['rows'];
interface Expected {
  encoding: CsvReport['file']['encoding'];
  delimiter: CsvReport['file']['delimiter'];
  hasHeader: boolean | null;
  rows: [total: number, kept: number, fixed: number, removed: number];
  /** [row, column, code, severity] in report order. */
  issues: [number | null, number | null, IssueCode, 'error' | 'warning'][];
}

const FATAL = (code: IssueCode): Expected['issues'] => [[null, null, code, 'error']];

/** What the check must say about every corpus file. A new file without an entry fails the suite. */
const EXPECTED: Record<string, Expected> = {
  'blank-lines.csv': { encoding: null, delimiter: null, hasHeader: null, rows: [0, 0, 0, 0], issues: FATAL('empty-file') },
  'email-by-content.csv': { encoding: 'utf-8', delimiter: ';', hasHeader: true, rows: [2, 2, 0, 0], issues: [] },
  'empty.csv': { encoding: null, delimiter: null, hasHeader: null, rows: [0, 0, 0, 0], issues: FATAL('empty-file') },
  'header-only.csv': { encoding: 'utf-8', delimiter: ';', hasHeader: true, rows: [0, 0, 0, 0], issues: FATAL('empty-file') },
  'image.png': { encoding: null, delimiter: null, hasHeader: null, rows: [0, 0, 0, 0], issues: FATAL('not-csv') },
  'legacy.xls': { encoding: null, delimiter: null, hasHeader: null, rows: [0, 0, 0, 0], issues: FATAL('not-csv') },
  'no-email-column.csv': { encoding: 'utf-8', delimiter: ';', hasHeader: true, rows: [2, 0, 0, 2], issues: FATAL('no-email-column') },
  'no-header.csv': { encoding: 'utf-8', delimiter: ',', hasHeader: false, rows: [2, 2, 0, 0], issues: [] },
  'pipe.csv': { encoding: 'utf-8', delimiter: '|', hasHeader: true, rows: [2, 2, 0, 0], issues: [] },
  'problems.csv': {
    encoding: 'utf-8',
    delimiter: ',',
    hasHeader: true,
    rows: [19, 3, 4, 12],
    issues: [
      [3, 1, 'missing-email', 'error'],
      [4, 1, 'invalid-email', 'error'],
      [5, 1, 'invalid-email', 'error'],
      [6, 1, 'invalid-email', 'error'],
      [7, 1, 'invalid-email', 'error'],
      [8, 1, 'duplicate-email', 'warning'],
      [9, null, 'blank-row', 'warning'],
      [10, null, 'blank-row', 'warning'],
      [11, null, 'ragged-row', 'error'],
      [13, 2, 'formula-injection', 'warning'],
      [13, 4, 'formula-injection', 'warning'],
      [14, 1, 'invalid-email', 'error'],
      [15, 1, 'whitespace-trimmed', 'warning'],
      [15, 2, 'whitespace-trimmed', 'warning'],
      [16, 2, 'field-too-long', 'warning'],
      [17, 1, 'field-too-long', 'error'],
      [19, 1, 'invalid-email', 'error'],
      [20, 3, 'formula-injection', 'warning'],
      [20, 4, 'formula-injection', 'warning'],
    ],
  },
  'quoted-multiline.csv': { encoding: 'utf-8', delimiter: ',', hasHeader: true, rows: [2, 2, 0, 0], issues: [] },
  'semicolon-commas-in-fields.csv': { encoding: 'utf-8', delimiter: ';', hasHeader: true, rows: [3, 3, 0, 0], issues: [] },
  'tab.tsv': { encoding: 'utf-8', delimiter: '\t', hasHeader: true, rows: [1, 1, 0, 0], issues: [] },
  'unclosed-quote.csv': { encoding: 'utf-8', delimiter: ',', hasHeader: true, rows: [2, 1, 0, 1], issues: [[3, null, 'ragged-row', 'error']] },
  'utf16be.csv': { encoding: 'utf-16be', delimiter: ',', hasHeader: true, rows: [1, 1, 0, 0], issues: [] },
  'utf16le-excel-unicode-text.txt': { encoding: 'utf-16le', delimiter: '\t', hasHeader: true, rows: [2, 2, 0, 0], issues: [] },
  'utf16le-no-bom.txt': { encoding: 'utf-16le', delimiter: '\t', hasHeader: true, rows: [1, 1, 0, 0], issues: [] },
  'utf8-bom-excel.csv': { encoding: 'utf-8-bom', delimiter: ',', hasHeader: true, rows: [2, 2, 0, 0], issues: [] },
  'utf8-comma.csv': { encoding: 'utf-8', delimiter: ',', hasHeader: true, rows: [3, 3, 0, 0], issues: [] },
  'windows-1252-german-excel.csv': {
    encoding: 'windows-1252',
    delimiter: ';',
    hasHeader: true,
    rows: [4, 3, 0, 1],
    issues: [
      [null, null, 'encoding-fallback', 'warning'],
      [5, null, 'blank-row', 'warning'],
    ],
  },
  'workbook.xlsx': { encoding: null, delimiter: null, hasHeader: null, rows: [0, 0, 0, 0], issues: FATAL('not-csv') },
};

const sortedKeys = (o: object): string[] => Object.keys(o).sort();

describe('CSV corpus', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(CORPUS).toEqual(Object.keys(EXPECTED).sort());
  });

  it('covers every issue code except file-too-large (tested with generated bytes in csv-check.test.ts)', () => {
    const seen = new Set(CORPUS.flatMap((f) => check(f).report.issues.map((i) => i.code)));
    expect(CODES.filter((c) => !seen.has(c))).toEqual(['file-too-large']);
  });

  describe.each(CORPUS)('%s', (name) => {
    const expected = EXPECTED[name]!;
    const { report, cleanedCsv } = check(name);

    it('has exactly the report shape', () => {
      expect(sortedKeys(report)).toEqual(['columns', 'file', 'issues', 'rows']);
      expect(sortedKeys(report.file)).toEqual(['bytes', 'delimiter', 'encoding', 'hasHeader', 'name']);
      expect(sortedKeys(report.rows)).toEqual(['fixed', 'kept', 'removed', 'total']);
      for (const c of report.columns) expect(sortedKeys(c)).toEqual(['header', 'index', 'mapsTo']);
      for (const i of report.issues) {
        expect(sortedKeys(i)).toEqual(['code', 'column', 'message', 'row', 'severity']);
        expect(CODES).toContain(i.code);
        expect(['error', 'warning']).toContain(i.severity);
        expect(i.message.length).toBeGreaterThan(10);
      }
      expect(report.file.name).toBe(name);
      expect(report.file.bytes).toBe(bytesOf(name).length);
      // The report travels as JSON (port message, support ticket): nothing may get lost on the way.
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    });

    it('accounts for every row', () => {
      const { total, kept, fixed, removed }: Rows = report.rows;
      expect(kept + fixed + removed).toBe(total);
      expect([total, kept, fixed, removed]).toEqual(expected.rows);
      if (cleanedCsv === null) return;
      // Each removed row has exactly one removal issue; each fixed row at least one fix and no removal.
      const removal = report.issues.filter((i) => REMOVAL.has(i.code) && (i.code !== 'field-too-long' || i.severity === 'error'));
      const removedRows = new Set(removal.map((i) => i.row));
      expect(removal.length).toBe(removed);
      expect(removedRows.size).toBe(removed);
      const fixedRows = new Set(
        report.issues.filter((i) => i.row !== null && i.severity === 'warning' && FIXES.has(i.code) && i.row > (report.file.hasHeader ? 1 : 0)).map((i) => i.row),
      );
      expect(fixedRows.size).toBe(fixed);
      for (const row of fixedRows) expect(removedRows.has(row)).toBe(false);
    });

    it('reports the expected file facts and issues', () => {
      expect(report.file).toMatchObject({ encoding: expected.encoding, delimiter: expected.delimiter, hasHeader: expected.hasHeader });
      expect(report.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual(expected.issues);
    });

    it('has a cleaned file exactly when nothing fatal happened, with one line per kept or fixed row', () => {
      const fatal = report.issues.some((i) => i.severity === 'error' && i.row === null);
      expect(cleanedCsv === null).toBe(fatal);
      if (cleanedCsv === null) return;
      expect(cleanedCsv.charCodeAt(0)).not.toBe(0xfeff);
      const parsed = Papa.parse<string[]>(cleanedCsv, { delimiter: ',' });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.length).toBe(1 + report.rows.kept + report.rows.fixed);
      expect(parsed.data[0]![0]).toBe('Email');
      // Our fast path must produce exactly what Papa.unparse produces for the same table.
      expect(Papa.unparse(parsed.data, { newline: '\r\n' })).toBe(cleanedCsv);
      expect(cleanedCsv.replace(/"[^"]*"/g, '')).not.toMatch(/(^|[^\r])\n/);
    });

    it('never puts an e-mail address into a message', () => {
      for (const locale of ['en', 'de'] as const) {
        for (const i of check(name, locale).report.issues) expect(i.message).not.toMatch(/\S@\S/);
      }
    });
  });
});
