import { describe, expect, it } from 'vitest';
import { checkCsv, type CsvCheckResult } from '../../lib/csv';

const run = (text: string, locale: 'en' | 'de' = 'en'): CsvCheckResult => checkCsv(new TextEncoder().encode(text), { name: 'list.csv', locale });
const lines = (csv: string | null): string[] => (csv ?? '').split('\r\n');
const codes = (r: CsvCheckResult) => r.report.issues.map((i) => [i.row, i.code, i.severity]);

describe('safe repairs, applied without a click and reported as fixed', () => {
  it.each([
    ['mailto:', 'mailto:anna@example.com', 'email-repaired'],
    ['mailto: with a subject', 'MAILTO:anna@example.com?subject=Hi', 'email-repaired'],
    ['Outlook display name', '"Anna Weiß <anna@example.com>"', 'email-repaired'],
    ['angle brackets only', '<anna@example.com>', 'email-repaired'],
    ['zero-width space inside', 'an\u200bna@example.com', 'invisible-removed'],
    ['no-break space at the end', 'anna@example.com\u00a0', 'invisible-removed'],
    ['typographic quotes around it', '\u201canna@example.com\u201d', 'email-repaired'],
  ])('%s', (_, value, code) => {
    const result = run(`Email,First Name\n${value},Anna\n`);
    expect(lines(result.cleanedCsv)).toEqual(['Email,First Name', 'anna@example.com,Anna']);
    expect(result.report.rows).toEqual({ total: 1, kept: 0, fixed: 1, removed: 0 });
    expect(result.report.issues.map((i) => i.code)).toContain(code);
    expect(result.report.issues.every((i) => i.severity === 'warning' && i.row === 2 && i.column === 1)).toBe(true);
  });

  it('straightens a typographic apostrophe in the local part', () => {
    const result = run('Email\no\u2019brien@example.com\n');
    expect(lines(result.cleanedCsv)[1]).toBe("o'brien@example.com");
    expect(result.report.issues[0]!.message).toBe('Row 2, column "Email": quotation marks around the address were removed and typographic apostrophes made straight.');
  });

  it('turns a no-break space inside a name into a space and removes zero-width ones, saying which it was', () => {
    const result = run('Email,First Name\nanna@example.com,Anna\u00a0Maria\u200b\n', 'de');
    expect(lines(result.cleanedCsv)[1]).toBe('anna@example.com,Anna Maria');
    expect(result.report.issues.map((i) => i.code)).toEqual(['invisible-removed']);
    expect(result.report.issues[0]!.message).toContain('Unsichtbare Zeichen');
  });

  it('never counts a repair as a space, a semicolon as a bad domain or an apostrophe as an umlaut', () => {
    const result = run('Email\na@example.com;b@example.com\nj\u2013doe@example.com\njürgen@example.de\n');
    const messages = result.report.issues.map((i) => i.message);
    expect(messages[0]).toContain('semicolon or comma');
    expect(messages[1]).toContain('typographic or special character');
    expect(messages[2]).toContain('umlauts or accented letters');
    expect(messages.join(' ')).not.toMatch(/domain|a space/);
  });
});

describe('rows that are not lost', () => {
  it('reads every row of a file mixing CRLF, LF and lone CR outside quotes', () => {
    const result = run('Email,Name\r\na@example.com,A\nb@example.com,"B\r\nline"\rc@example.com,C\r\nd@example.com,D');
    expect(result.report.rows).toEqual({ total: 4, kept: 4, fixed: 0, removed: 0 });
    expect(lines(result.cleanedCsv)).toEqual(['Email,Name', 'a@example.com,A', 'b@example.com,"B', 'line"', 'c@example.com,C', 'd@example.com,D']);
  });

  it('takes rows of nothing but delimiters, in any delimiter, as blank rows', () => {
    const result = run('Email,Name\na@example.com,A\n;;;\n,,,\n | \nb@example.com,B\n');
    expect(codes(result)).toEqual([
      [3, 'blank-row', 'warning'],
      [4, 'blank-row', 'warning'],
      [5, 'blank-row', 'warning'],
    ]);
    expect(result.report.rows.kept).toBe(2);
  });

  it('keeps short rows, padded, without a scan per line of the rest of the text', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `u${i}@example.com`);
    const result = run(`Email,First Name,Last Name\r\n${rows.join('\r\n')}`);
    expect(result.report.rows.kept).toBe(3000);
    expect(lines(result.cleanedCsv)[1]).toBe('u0@example.com,,');
  });
});

describe('new codes', () => {
  it('warns about more than 100 distinct addresses and keeps every row', () => {
    const rows = Array.from({ length: 101 }, (_, i) => `u${i}@example.com,${i % 2 ? 'Sales' : 'Support'}`);
    const result = run(`Email,Team\n${rows.join('\n')}\nU0@example.com,Sales\n`);
    const seat = result.report.issues.find((i) => i.code === 'seat-limit')!;
    expect(seat).toMatchObject({ row: null, column: null, severity: 'warning' });
    expect(seat.message).toContain('101 different e-mail addresses');
    expect(seat.message).toContain('100 user seats');
    expect(result.report.rows.kept).toBe(101);
    expect(run(`Email\n${rows.slice(0, 100).map((r) => r.split(',')[0]).join('\n')}\n`).report.issues).toEqual([]);
  });

  it('warns about more than 20 distinct teams (ignoring case), on the fast and the full path alike', () => {
    const teams = (n: number) => Array.from({ length: 40 }, (_, i) => `u${i}@example.com,${i % 2 ? ' ' : ''}Team ${i % n}`).join('\n');
    const over = run(`Email,Team\n${teams(21)}\n`, 'de').report.issues.find((i) => i.code === 'team-limit');
    expect(over?.message).toContain('21 verschiedene Teams');
    expect(over?.message).toContain('20 Teams');
    expect(run(`Email,Team\n${teams(20)}\nx@example.com,TEAM 3\n`).report.issues.some((i) => i.code === 'team-limit')).toBe(false);
  });

  it('marks a name where a lossy encoding lost a letter, and keeps the row unchanged', () => {
    const result = run('Email,First Name,Last Name\na@example.com,Ay\u015fe,Y?lmaz\nb@example.com,M\ufffdller,Who?\n');
    expect(codes(result)).toEqual([
      [2, 'lossy-text', 'warning'],
      [3, 'lossy-text', 'warning'],
    ]);
    expect(result.report.issues.map((i) => i.column)).toEqual([3, 2]);
    expect(result.report.rows).toEqual({ total: 2, kept: 2, fixed: 0, removed: 0 });
    expect(lines(result.cleanedCsv)[1]).toBe('a@example.com,Ay\u015fe,Y?lmaz');
  });
});

describe('problem rows', () => {
  it('hands over every row with an issue, with its values as read, and no blank ones', () => {
    const result = run('Email,Name\nok@example.com,A\nbad,B\n\n mailto:c@example.com,C\n');
    expect(result.problemRows).toEqual([
      { row: 3, fields: ['bad', 'B'], removed: true },
      { row: 5, fields: [' mailto:c@example.com', 'C'], removed: false },
    ]);
    expect(JSON.stringify(result.report)).not.toContain('c@example.com');
  });
});
