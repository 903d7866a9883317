import { describe, expect, it } from 'vitest';
import { checkCsv } from '../../lib/csv';
import { reportWithValues } from '../../lib/csv/fix';
import { markValue } from '../../lib/csv/mark';
import { FixSession } from '../../lib/csv/session';
import { gridMove, visibleRows } from '../../components/csv/grid-keys';

const FILE = [
  'Email,First Name,Team',
  'anna@example.com,Anna,Sales', // 2 clean
  'bob@@example.com,Bob,Sales', // 3 invalid: several @
  'jürgen@example.de,Jürgen,Ops', // 4 invalid: umlaut, suggestion
  'chloé@example.fr,Chloé,Ops', // 5 invalid: accent, suggestion
  ' mailto:carl@example.com,Carl,Ops', // 6 kept, repaired
  'ANNA@example.com,Anna 2,Ops', // 7 duplicate of 2
  'dora@example.com,Y?lmaz,Ops', // 8 kept, lossy
  ',Nobody,Ops', // 9 missing address
].join('\n');

function session() {
  const result = checkCsv(new TextEncoder().encode(FILE), { name: 'list.csv', locale: 'en' });
  return { result, s: new FixSession(result.report, result.cleanedCsv, result.problemRows, 'en') };
}
const emails = (csv: string) => csv.split('\r\n').slice(1).map((l) => l.split(',')[0]);

describe('fixing problem rows on the page', () => {
  it('lists every problem row under its kind, with the reason for addresses', () => {
    const { s } = session();
    expect(s.entries.map((e) => [e.row.row, e.group])).toEqual([
      [3, 'invalid-email:several-at'],
      [4, 'invalid-email:non-ascii-local'],
      [5, 'invalid-email:non-ascii-local'],
      [6, 'whitespace-trimmed'],
      [7, 'duplicate-email'],
      [8, 'lossy-text'],
      [9, 'missing-email'],
    ]);
    expect(s.counts()).toEqual({ ready: 3, fixed: 1, removed: 5, errors: 4 });
  });

  it('re-judges a row as it is edited: once it passes it joins the cleaned file and the counts move', () => {
    const { result, s } = session();
    s.edit(3, 0, 'bob@');
    expect(s.entry(3)!.verdict).toMatchObject({ ok: false, finding: { params: { reason: 'missing-domain' } } });
    s.edit(3, 0, 'bob@example.com');
    expect(s.entry(3)!.verdict.ok).toBe(true);
    expect(s.counts()).toEqual({ ready: 4, fixed: 2, removed: 4, errors: 3 });
    expect(emails(s.cleanedFile(result.cleanedCsv!))).toEqual([...emails(result.cleanedCsv!), 'bob@example.com']);
  });

  it('undoes per cell, back to the value as read, and the row leaves the file again', () => {
    const { result, s } = session();
    s.edit(3, 0, 'bob@example.com');
    s.edit(3, 1, 'Robert');
    expect(s.undo(3, 0)).toBe(true);
    expect(s.entry(3)!.fields).toEqual(['bob@@example.com', 'Robert', 'Sales']);
    expect(s.entry(3)!.verdict.ok).toBe(false);
    expect(s.undo(3, 0)).toBe(false);
    expect(s.canUndo(s.entry(3)!, 1)).toBe(true);
    expect(emails(s.cleanedFile(result.cleanedCsv!))).toEqual(emails(result.cleanedCsv!));
  });

  it('never lets a fix bring in a duplicate: of the file, or of another edited row', () => {
    const { s } = session();
    s.edit(3, 0, ' Anna@Example.com');
    expect(s.entry(3)!.verdict).toMatchObject({ ok: false, finding: { key: 'duplicate-email/listed' } });
    s.edit(9, 0, 'new@example.com');
    s.edit(3, 0, 'NEW@example.com');
    expect(s.entry(3)!.verdict).toMatchObject({ ok: false, finding: { key: 'duplicate-email', params: { firstRow: 9 } } });
  });

  it('frees a kept row’s address once that row is edited to another one', () => {
    const { result, s } = session();
    s.edit(6, 0, 'carla@example.com');
    s.edit(3, 0, 'carl@example.com');
    expect(s.entry(3)!.verdict.ok).toBe(true);
    expect(emails(s.cleanedFile(result.cleanedCsv!))).toEqual(['anna@example.com', 'carla@example.com', 'dora@example.com', 'carl@example.com']);
  });

  it('counts a kept row that an edit breaks as removed, and leaves it out of the file', () => {
    const { result, s } = session();
    s.edit(8, 0, 'dora');
    expect(s.counts()).toEqual({ ready: 2, fixed: 1, removed: 6, errors: 5 });
    expect(emails(s.cleanedFile(result.cleanedCsv!))).not.toContain('dora@example.com');
  });

  it('applies the suggestions of a group only when asked, each undoable', () => {
    const { result, s } = session();
    const group = s.entries.filter((e) => e.group === 'invalid-email:non-ascii-local');
    expect(group.map((e) => s.suggestion(e))).toEqual(['juergen@example.de', 'chloe@example.fr']);
    expect(emails(s.cleanedFile(result.cleanedCsv!))).not.toContain('juergen@example.de');
    expect(s.acceptSuggestions(group)).toBe(2);
    expect(s.counts().ready).toBe(5);
    expect(emails(s.cleanedFile(result.cleanedCsv!)).slice(-2)).toEqual(['juergen@example.de', 'chloe@example.fr']);
    expect(s.undo(4)).toBe(true);
    expect(s.entry(4)!.fields[0]).toBe('jürgen@example.de');
  });

  it('suggests from the address as the check repairs it (mailto: and invisible characters gone)', () => {
    const result = checkCsv(new TextEncoder().encode('Email\nmailto:zoë\u200b@example.com\n'), { name: 'l.csv', locale: 'en' });
    const s = new FixSession(result.report, result.cleanedCsv, result.problemRows, 'en');
    expect(s.suggestion(s.entries[0]!)).toBe('zoe@example.com');
  });

  it('writes the safe repairs into the rows on request, without changing the cleaned file', () => {
    const { result, s } = session();
    expect(s.applyRepairs(s.entries.filter((e) => e.group === 'whitespace-trimmed'))).toBe(1);
    expect(s.entry(6)!.fields).toEqual(['carl@example.com', 'Carl', 'Ops']);
    expect(s.cleanedFile(result.cleanedCsv!)).toBe(result.cleanedCsv);
    expect(s.counts()).toEqual({ ready: 3, fixed: 1, removed: 5, errors: 4 });
  });

  it('marks the bad part per cell: the address’s problem, a lost letter in a name', () => {
    const { s } = session();
    expect(s.cellProblem(s.entry(3)!, 0)).toBe('several-at');
    expect(s.cellProblem(s.entry(8)!, 1)).toBe('lossy');
    expect(s.cellProblem(s.entry(8)!, 0)).toBeNull();
    expect(markValue('Y?lmaz', 'lossy')).toEqual([{ text: 'Y' }, { text: '?', mark: 'bad' }, { text: 'lmaz' }]);
    expect(markValue('Who?', 'lossy')).toEqual([{ text: 'Who?' }]);
  });
});

describe('the report the user downloads for their own list', () => {
  it('carries the value of each row issue (the whole row for row-wide ones), the check’s report none', () => {
    const { result } = session();
    const own = reportWithValues(result.report, result.problemRows);
    expect(own.issues.find((i) => i.row === 3)).toMatchObject({ code: 'invalid-email', value: 'bob@@example.com' });
    expect(own.issues.find((i) => i.row === 8)).toMatchObject({ code: 'lossy-text', value: 'Y?lmaz' });
    expect(JSON.stringify(result.report)).not.toContain('bob@@example.com');
  });
});

describe('the grid', () => {
  it('moves the active cell as the ARIA grid pattern says, within bounds', () => {
    const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey, metaKey: false });
    expect(gridMove(key('ArrowDown'), { r: 0, c: 1 }, 5, 7)).toEqual({ r: 1, c: 1 });
    expect(gridMove(key('ArrowUp'), { r: 0, c: 1 }, 5, 7)).toEqual({ r: 0, c: 1 });
    expect(gridMove(key('End'), { r: 2, c: 1 }, 5, 7)).toEqual({ r: 2, c: 6 });
    expect(gridMove(key('End', true), { r: 2, c: 1 }, 5, 7)).toEqual({ r: 4, c: 6 });
    expect(gridMove(key('PageDown'), { r: 2, c: 1 }, 5, 7)).toEqual({ r: 4, c: 1 });
    expect(gridMove(key('a'), { r: 2, c: 1 }, 5, 7)).toBeNull();
  });

  it('renders only the rows in view, a few around them, and the active row', () => {
    const rows = visibleRows(44 * 50_000, 440, 44, 100_000, 3);
    expect(rows.length).toBeLessThan(30);
    expect(rows).toContain(50_000);
    expect(rows).toContain(3);
  });
});
