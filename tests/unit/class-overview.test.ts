import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { aggregate, median, stalledAt } from '../../lib/class-overview/aggregate';
import { overviewToCsv, overviewToMarkdown } from '../../lib/class-overview/export';
import { readClassFiles } from '../../lib/class-overview/read-file';
import { reasonText } from '../../lib/class-overview/text';
import type { ClassRow } from '../../lib/class-overview/types';
import { buildReport } from '../../lib/report/build';
import { toJson } from '../../lib/report/json';
import { META as REPORT_META, sampleProgress } from './report-helpers';
import { resultFile, sampleResult } from './assessment-helpers';

const CLASS = [
  resultFile('anna.json', sampleResult('Anna', [60, 180, 240, 300], [0, 1, 0, 0])),
  resultFile('ben.json', sampleResult('Ben', [100, null, null, null], [2, 3])),
  resultFile('cleo.json', sampleResult('Cleo', [80, 200, null, null], [1, 0, 2])),
];

describe('class overview: reading files', () => {
  it('reads results and reports; invalid, foreign, other-version and duplicate files are left out with the reason', () => {
    const report = { name: 'team-a.json', text: toJson(buildReport(sampleProgress(), REPORT_META)) };
    const renamedCopy = { ...CLASS[0]!, name: 'anna (1).json' };
    const newer = { name: 'newer.json', text: CLASS[1]!.text.replace('"version": 1', '"version": 2') };
    const broken = { name: 'broken.json', text: CLASS[1]!.text.replace('"hints": 3', '"hints": "3"') };
    const { rows, rejected } = readClassFiles([
      ...CLASS,
      report,
      renamedCopy,
      newer,
      broken,
      { name: 'notes.json', text: '{"hello": "world"}' },
      { name: 'x.json', text: '<script>alert(1)</script>' },
    ]);
    expect(rows.map((r) => [r.attendee, r.source])).toEqual([
      ['Anna', 'assessment'],
      ['Ben', 'assessment'],
      ['Cleo', 'assessment'],
      ['team-a', 'report'],
    ]);
    expect(rejected).toEqual([
      { file: 'anna (1).json', reason: 'duplicate', sameAs: 'anna.json' },
      { file: 'newer.json', reason: 'other-version' },
      { file: 'broken.json', reason: 'invalid', field: 'steps.1.hints' },
      { file: 'notes.json', reason: 'unknown-file' },
      { file: 'x.json', reason: 'malformed-json' },
    ]);
    expect(reasonText('de', rejected[0]!)).toBe('derselbe Versuch wie „anna.json“');
    // A report: its skipped step is not part of the row; no hints in it.
    expect(rows[3]!.cells['install-msi-package']).toBeUndefined();
    expect(rows[3]!.cells['connect-marketo']!.hints).toBeNull();
  });

  it('takes a report’s step times from its timings (version 2); a version-1 report has none', () => {
    const json = toJson(buildReport(sampleProgress(), REPORT_META));
    const { rows } = readClassFiles([{ name: 'team-a.json', text: json }]);
    // Step 3 started 4 min 12 s before it was done; step 1 is done with no times recorded.
    expect(rows[0]!.cells['connect-marketo']).toEqual({ status: 'done-hand', seconds: 252, hints: null, offPath: null });
    expect(rows[0]!.cells['setup-sales-account']).toMatchObject({ status: 'done-evidence', seconds: null });
    expect(aggregate(rows).summaries.find((s) => s.id === 'connect-marketo')!.medianSeconds).toBe(252);
    const data = JSON.parse(json) as { version: number; steps: Array<Record<string, unknown>> };
    data.version = 1;
    for (const step of data.steps) delete step.timing;
    const old = readClassFiles([{ name: 'team-old.json', text: JSON.stringify(data) }]);
    expect(old.rejected).toEqual([]);
    expect(old.rows[0]!.cells['connect-marketo']).toEqual({ status: 'done-hand', seconds: null, hints: null, offPath: null });
  });
});

describe('class overview: aggregation', () => {
  const overview = aggregate(readClassFiles(CLASS).rows);

  it('medians: of the times of those who did the step, of everyone’s hints; even counts take the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    const setup = overview.summaries[0]!;
    expect(setup).toEqual({ id: 'setup-sales-account', attendees: 3, done: 3, medianSeconds: 80, medianHints: 1, stalled: 0 });
    // Anna took 120 s for step 2, Cleo 120 s; Ben did not do it, so his time is not in the median.
    expect(overview.summaries[1]).toMatchObject({ done: 2, medianSeconds: 120, medianHints: 1, stalled: 1 });
    expect(overview.summaries[3]).toMatchObject({ done: 1, medianSeconds: 60, medianHints: 0, stalled: 0 });
  });

  it('the stall step is where most attendees first failed; the earlier step wins a tie; none when all finished', () => {
    expect(overview.summaries.map((s) => s.stalled)).toEqual([0, 1, 1, 0]);
    expect(overview.stallStep).toBe('connect-salesforce');
    const more = aggregate(readClassFiles([...CLASS, resultFile('dan.json', sampleResult('Dan', [50, 90, null, null]))]).rows);
    expect(more.stallStep).toBe('connect-marketo');
    expect(aggregate(readClassFiles([CLASS[0]!]).rows).stallStep).toBeNull();
    expect(aggregate([]).stallStep).toBeNull();
    const partial: ClassRow = { attendee: 'P', file: 'p', source: 'report', cells: { 'invite-users': { status: 'not-done', seconds: null, hints: null, offPath: null } } };
    expect(stalledAt(partial)).toBe('invite-users');
  });
});

describe('class overview: exports', () => {
  const hostile: ClassRow[] = ['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', ' =HYPERLINK("http://evil")', '＝1+1'].map((attendee) => ({
    attendee,
    file: `${attendee}.json`,
    source: 'report',
    cells: { 'setup-sales-account': { status: 'done-evidence', seconds: 12, hints: 0, offPath: 3 } },
  }));

  it('CSV: every text cell that a spreadsheet would run as a formula starts with a quote; numbers stay numbers', () => {
    const csv = overviewToCsv(aggregate(hostile), 'en');
    const table = Papa.parse<string[]>(csv.trim()).data;
    expect(table[0]).toEqual(['Attendee', 'File', 'Step 1 status', 'Step 1 seconds', 'Step 1 hints', 'Step 1 off-path clicks']);
    for (const row of table.slice(1, -1)) {
      expect(row[0]!.startsWith("'"), row[0]).toBe(true);
      expect(row[1]!.startsWith("'"), row[1]).toBe(true);
      expect(row.slice(2)).toEqual(['done', '12', '0', '3']);
    }
    expect(table.at(-1)).toEqual(['Median', '', '7/7', '12', '0', '']);
  });

  it('CSV and Markdown carry the same numbers as the overview, in the reader’s language', () => {
    const overview = aggregate(readClassFiles(CLASS).rows);
    const table = Papa.parse<string[]>(overviewToCsv(overview, 'de').trim()).data;
    expect(table[0]!.slice(0, 4)).toEqual(['Teilnehmer:in', 'Datei', 'Schritt 1 Status', 'Schritt 1 Sekunden']);
    expect(table[2]).toEqual(['Ben', 'ben.json', 'erledigt', '100', '2', '0', 'nicht erledigt', '500', '3', '0', 'nicht erledigt', '0', '0', '0', 'nicht erledigt', '0', '0', '0']);
    const markdown = overviewToMarkdown(overview, 'en');
    expect(markdown).toContain('| Anna | done, 1 min, 0 hints | done, 2 min, 1 hint |');
    expect(markdown).toContain('| Ben | done, 1 min 40 sec, 2 hints |');
    expect(markdown).toContain('Most attendees stalled at Step 2 (Connect');
    expect(markdown).toContain('| Step 2 | 2/3 | 2 min | 1 | 1 |');
    expect(overviewToMarkdown(overview, 'de')).toContain('| Schritt 1 | 3/3 | 1 Min. 20 Sek. |');
  });

  it('Markdown: a name cannot break the table', () => {
    const rows: ClassRow[] = [{ attendee: 'a | b\nc', file: 'f', source: 'report', cells: {} }];
    expect(overviewToMarkdown(aggregate(rows), 'en')).toContain('| a \\| b c |');
  });
});
