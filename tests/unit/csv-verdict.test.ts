import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCsv } from '../../lib/csv';
import { groupEntries, groupWords, isSettled } from '../../lib/csv/groups';
import { FixSession } from '../../lib/csv/session';
import { summarizeResult } from '../../lib/csv/summary';
import { panelVerdict } from '../../lib/csv/verdict';
import { LIST } from '../fixtures/team-list';

const check = (text: string) => checkCsv(new TextEncoder().encode(text), { name: 'team-list.csv', locale: 'en' });
const emails = (csv: string) => csv.split('\r\n').slice(1).map((l) => l.split(',')[0]);
const UMLAUT = 'invalid-email:non-ascii-local';

describe('the problems by kind (csv.html and the in-page verdict)', () => {
  it('groups rows by kind, the largest first, and knows which kinds the check repaired on its own', () => {
    const result = check(LIST);
    const groups = groupEntries(new FixSession(result.report, result.cleanedCsv, result.problemRows, 'en'));
    const sizes = groups.map((g) => g.entries.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const by = new Map(groups.map((g) => [g.group, g]));
    expect(by.get('email-repaired/mailto')).toMatchObject({ safe: true, key: 'email-repaired/mailto' });
    expect(by.get(UMLAUT)).toMatchObject({ safe: false, key: 'invalid-email', reason: 'non-ascii-local' });
    // A lost letter keeps the row, yet it is never settled: only the source can put it right.
    expect(isSettled(by.get('lossy-text')!)).toBe(false);
    expect(isSettled(by.get('invisible-removed')!)).toBe(true);
    expect(groupWords('en', by.get(UMLAUT)!, String)).toEqual({
      title: '2 rows: E-mail address not valid: umlauts or accented letters before the @ sign, which most mail systems do not accept',
      status: '2 still to fix',
    });
    expect(groupWords('de', by.get('missing-email')!, String)).toEqual({ title: '1 Zeile: E-Mail-Adresse fehlt', status: 'noch 1 zu korrigieren' });
  });
});

describe('the in-page verdict', () => {
  it('without a click: the check’s own verdict and cleaned file, the repairs it made, each group’s suggestion with an example', () => {
    const result = check(LIST);
    const { verdict, cleanedCsv } = panelVerdict(result, [], 'en');
    expect(cleanedCsv).toBe(result.cleanedCsv);
    expect(verdict.summary).toBe(summarizeResult(result, 'en'));
    expect(verdict.applied).toEqual([]);
    expect(verdict.fatal).toBe(false);
    expect(verdict.groups.filter((g) => g.safe).map((g) => g.group)).toEqual(
      expect.arrayContaining(['invisible-removed', 'email-repaired/mailto', 'email-repaired/display-name', 'email-repaired/quotes', 'whitespace-trimmed', 'formula-injection']),
    );
    const umlaut = verdict.groups.find((g) => g.group === UMLAUT)!;
    expect(umlaut.suggestion).toEqual({ reason: 'non-ascii-local', rows: 2, example: { from: 'jürgen@example.de', to: 'juergen@example.de' } });
    expect(umlaut.settled).toBe(false);
    // Only people can fix these: no suggestion.
    expect(verdict.groups.find((g) => g.group === 'invalid-email:several-at')!.suggestion).toBeNull();
  });

  it('an accepted group is applied: its rows join the cleaned file, the counts and the verdict follow', () => {
    const result = check(LIST);
    const before = panelVerdict(result, [], 'en').verdict;
    const { verdict, cleanedCsv } = panelVerdict(result, [UMLAUT, UMLAUT, 'no-such-group'], 'en');
    expect(verdict.applied).toEqual([{ group: UMLAUT, rows: 2 }]);
    const umlaut = verdict.groups.find((g) => g.group === UMLAUT)!;
    expect(umlaut).toMatchObject({ suggestion: null, settled: true, status: 'all fixed' });
    expect(verdict.counts).toEqual({ ...before.counts, ready: before.counts.ready + 2, fixed: before.counts.fixed + 2, removed: before.counts.removed - 2, errors: before.counts.errors - 2 });
    expect(verdict.summary).toBe(`${before.counts.ready + 2} users ready to invite; ${before.counts.fixed + 2} rows fixed, ${before.counts.removed - 2} rows removed.`);
    expect(emails(cleanedCsv!)).toEqual([...emails(result.cleanedCsv!), 'juergen@example.de', 'bjoern@example.de']);
    // Nothing else was changed without being asked.
    expect(verdict.groups.find((g) => g.group === 'invalid-email:double-dot')!.suggestion).not.toBeNull();
  });

  it('a file that cannot be used: no groups, no cleaned file, its problem said', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/csv/workbook.xlsx', import.meta.url)));
    const result = checkCsv(bytes, { name: 'workbook.xlsx', locale: 'de' });
    const { verdict, cleanedCsv } = panelVerdict(result, [UMLAUT], 'de');
    expect(cleanedCsv).toBeNull();
    expect(verdict).toMatchObject({ fatal: true, groups: [], applied: [], summary: 'Diese Datei ist so nicht verwendbar.' });
    expect(verdict.fileIssues).toEqual(result.report.issues.filter((i) => i.row === null).map((i) => i.message));
    expect(verdict.fileIssues.length).toBeGreaterThan(0);
  });

  it('lists only the problems of the whole file as such (the rows are in the groups)', () => {
    const many = ['Email,Team', ...Array.from({ length: 101 }, (_, i) => `p${i}@example.com,T`), 'bad@@example.com,T'].join('\n');
    const { verdict } = panelVerdict(check(many), [], 'en');
    expect(verdict.fileIssues).toHaveLength(1);
    expect(verdict.fileIssues[0]).toMatch(/100/);
    expect(verdict.groups.map((g) => g.group)).toEqual(['invalid-email:several-at']);
  });
});
