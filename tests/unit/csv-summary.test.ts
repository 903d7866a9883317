import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCsv } from '../../lib/csv';
import { summarizeResult } from '../../lib/csv/summary';

const DIR = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const check = (name: string) => checkCsv(new Uint8Array(readFileSync(DIR + name)), { name, locale: 'en' });

describe('summarizeResult', () => {
  it('is quiet for a file without any issue', () => {
    const result = check('utf8-comma.csv');
    expect(result.report.issues).toEqual([]);
    const n = result.report.rows.kept;
    expect(summarizeResult(result, 'en')).toBe(`Checked: ${n} users, no problems.`);
    expect(summarizeResult(result, 'de')).toBe(`Geprüft: ${n} Benutzer, keine Probleme.`);
  });

  it('counts what is ready, fixed and removed', () => {
    const result = check('problems.csv');
    const { kept, fixed, removed } = result.report.rows;
    expect(summarizeResult(result, 'en')).toBe(`${kept + fixed} users ready to invite; ${fixed} rows fixed, ${removed} rows removed.`);
    expect(summarizeResult(result, 'de')).toBe(`${kept + fixed} Benutzer bereit zum Einladen; ${fixed} Zeilen korrigiert, ${removed} Zeilen entfernt.`);
    const one = { ...result, report: { ...result.report, rows: { total: 3, kept: 0, fixed: 1, removed: 2 } } };
    expect(summarizeResult(one, 'en')).toBe('1 user ready to invite; 1 row fixed, 2 rows removed.');
    expect(summarizeResult(one, 'de')).toBe('1 Benutzer bereit zum Einladen; 1 Zeile korrigiert, 2 Zeilen entfernt.');
  });

  it('says a file that cannot be checked cannot be used', () => {
    expect(summarizeResult(check('workbook.xlsx'), 'en')).toBe('This file cannot be used as it is.');
    expect(summarizeResult(check('workbook.xlsx'), 'de')).toBe('Diese Datei ist so nicht verwendbar.');
  });

  it('formats large numbers for the language', () => {
    const result = check('utf8-comma.csv');
    const big = { ...result, report: { ...result.report, rows: { total: 12345, kept: 12345, fixed: 0, removed: 0 } } };
    expect(summarizeResult(big, 'en')).toBe('Checked: 12,345 users, no problems.');
    expect(summarizeResult(big, 'de')).toBe('Geprüft: 12.345 Benutzer, keine Probleme.');
  });

  it('a cleaned file checks clean: "Use cleaned file" leads to the quiet message', () => {
    for (const name of ['problems.csv', 'windows-1252-german-excel.csv', 'semicolon-commas-in-fields.csv', 'quoted-multiline.csv', 'no-header.csv', 'utf16le-excel-unicode-text.txt']) {
      const cleaned = check(name).cleanedCsv!;
      const again = checkCsv(new TextEncoder().encode(cleaned), { name: 'cleaned.csv', locale: 'en' });
      expect(again.report.issues, name).toEqual([]);
      expect(again.cleanedCsv, name).toBe(cleaned);
    }
  });
});
