import { describe, expect, it } from 'vitest';
import { checkCsv, type CsvCheckResult } from '../../lib/csv';
import { indexCleaned, planFromReport, rebuildCleaned, recheckRow } from '../../lib/csv/fix';
import { markValue } from '../../lib/csv/mark';
import { suggestEmail } from '../../lib/csv/suggest';

const run = (text: string): CsvCheckResult => checkCsv(new TextEncoder().encode(text), { name: 'list.csv', locale: 'en' });

const FILE = ['Team,Email,First Name', 'Sales,anna@example.com,Anna', 'Sales,bob@@example.com,Bob', 'Ops,carl@example.com,Carl', 'Ops,=dora@example.com,Dora', 'Ops,Y?lmaz@example.com,Y?lmaz'].join('\n');

function setup() {
  const result = run(FILE);
  const plan = planFromReport(result.report, 'en')!;
  const index = indexCleaned(result.cleanedCsv!);
  const takenBy = (key: string) => (index.byAddress.has(key) ? 0 : undefined);
  return { result, plan, index, takenBy };
}

describe('re-validating an edited row', () => {
  it('rebuilds the file check’s plan from the report: same verdict on the row as read', () => {
    const { result, plan, takenBy } = setup();
    const bad = result.problemRows.find((r) => r.row === 3)!;
    const verdict = recheckRow(bad.fields, plan, takenBy);
    expect(verdict).toMatchObject({ ok: false, finding: { key: 'invalid-email', params: { reason: 'several-at' } } });
  });

  it('accepts the fixed value, with the cleaned values in output order (address first)', () => {
    const { plan, takenBy } = setup();
    expect(recheckRow(['Sales', 'bob@example.com', 'Bob'], plan, takenBy)).toMatchObject({ ok: true, cleaned: ['bob@example.com', 'Bob', 'Sales'] });
  });

  it('applies the same safe repairs as the file check while typing', () => {
    const { plan, takenBy } = setup();
    expect(recheckRow(['Sales', 'mailto:Bob <bob@example.com>', 'Bob'], plan, takenBy)).toMatchObject({ ok: true, email: 'bob@example.com', changed: true });
  });

  it('finds a duplicate of the rest of the file, in another case and with spaces, and of another edited row', () => {
    const { plan, takenBy } = setup();
    expect(recheckRow(['Sales', ' CARL@example.com ', 'Bob'], plan, takenBy)).toMatchObject({ ok: false, finding: { key: 'duplicate-email/listed' } });
    const edited = (key: string) => (key === 'bob@example.com' ? 3 : takenBy(key));
    expect(recheckRow(['Ops', 'Bob@example.com', 'B'], plan, edited)).toMatchObject({ ok: false, finding: { key: 'duplicate-email', params: { firstRow: 3 } } });
  });

  it('keeps the file check’s other rules: a formula is neutralised, a lossy name is noted', () => {
    const { plan, takenBy } = setup();
    const verdict = recheckRow(['=cmd', 'eve@example.com', 'Y?lmaz'], plan, takenBy);
    expect(verdict).toMatchObject({ ok: true, cleaned: ['eve@example.com', 'Y?lmaz', "'=cmd"] });
    expect(verdict.ok && verdict.findings.map((f) => f.key)).toEqual(['formula-injection', 'lossy-text']);
  });
});

describe('the cleaned file after fixes on the page', () => {
  it('adds a row the check removed once it passes, and replaces a kept row that was edited', () => {
    const { result, plan, index, takenBy } = setup();
    const bob = result.problemRows.find((r) => r.row === 3)!;
    const yilmaz = result.problemRows.find((r) => r.row === 6)!;
    const fixedBob = recheckRow(['Sales', 'bob@example.com', 'Bob'], plan, takenBy);
    const fixedYilmaz = recheckRow(['Ops', 'yilmaz@example.com', 'Yılmaz'], plan, takenBy);
    const out = rebuildCleaned(index, [
      { row: bob, cleaned: fixedBob.ok ? fixedBob.cleaned : null, keptAs: null },
      { row: yilmaz, cleaned: fixedYilmaz.ok ? fixedYilmaz.cleaned : null, keptAs: 'y?lmaz@example.com' },
    ]);
    expect(out.split('\r\n')).toEqual([
      'Email,First Name,Team',
      'anna@example.com,Anna,Sales',
      'carl@example.com,Carl,Ops',
      'yilmaz@example.com,Yılmaz,Ops',
      'bob@example.com,Bob,Sales',
    ]);
  });

  it('writes the cleaned file unchanged when nothing was fixed', () => {
    const { result, index } = setup();
    expect(rebuildCleaned(index, [])).toBe(result.cleanedCsv);
  });
});

describe('suggestions that change meaning, offered only', () => {
  it.each([
    ['jürgen.weiß@example.de', 'non-ascii-local', 'juergen.weiss@example.de'],
    ['chloé@example.fr', 'non-ascii-local', 'chloe@example.fr'],
    ['anna\u2013maria@example.com', 'special-character', 'anna-maria@example.com'],
    ['anna maria@example.com', 'space', 'annamaria@example.com'],
    ['anna..maria@example.com', 'double-dot', 'anna.maria@example.com'],
    ['anna.@example.com', 'dot-position', 'anna@example.com'],
    ['+anna@example.com', 'formula-start', 'anna@example.com'],
  ] as const)('%s (%s) → %s', (value, problem, expected) => {
    expect(suggestEmail(value, problem)).toBe(expected);
  });

  it('makes none where no change would give a valid address, or for problems without one', () => {
    expect(suggestEmail('a b@c', 'space')).toBeNull();
    expect(suggestEmail('a@b@c.de', 'several-at')).toBeNull();
  });
});

describe('the offending value, marked', () => {
  it('shows an invisible character as a visible token', () => {
    expect(markValue('an\u200bna@x.de', null)).toEqual([{ text: 'an' }, { text: '⟨ZWSP⟩', mark: 'invisible' }, { text: 'na@x.de' }]);
  });

  it('marks the second @, a semicolon, umlauts before the @', () => {
    expect(markValue('a@b@c.de', 'several-at')).toEqual([{ text: 'a@b' }, { text: '@', mark: 'bad' }, { text: 'c.de' }]);
    expect(markValue('a@b.de; c@d.de', 'separator').filter((p) => p.mark)).toEqual([{ text: ';', mark: 'bad' }]);
    expect(markValue('jürgen@müller.de', 'non-ascii-local').filter((p) => p.mark)).toEqual([{ text: 'ü', mark: 'bad' }]);
  });
});
