import Papa from 'papaparse';
import type { Locale } from '../i18n/locale';
import { outputOrder, trimField } from './columns';
import { judgeRecord, type Finding, type RecordPlan, type Verdict } from './judge';
import { columnLabel } from './messages';
import { removeInvisible, repairEmail } from './repair';
import type { CsvIssue, CsvProblemRow, CsvReport } from './types';
import { CLEAN_NEWLINE, writeCsv } from './write';

/**
 * Fixing rows after the check, on the page that shows them (csv.html, the in-page verdict): an edited row is
 * judged by the same rules as the file check (judge.ts), and its address compared with every address of
 * the cleaned file and of the other edited rows, so a fixed row never brings a duplicate in. Pure functions;
 * the page keeps the edits.
 */

/** How the file's rows are judged, rebuilt from the report's columns; null for a report without columns. */
export function planFromReport(report: CsvReport, locale: Locale): RecordPlan | null {
  const { columns, file } = report;
  const email = columns.find((c) => c.mapsTo === 'email');
  if (!email || file.delimiter === null) return null;
  const order = outputOrder(columns);
  const outPos = new Array<number>(columns.length);
  order.forEach((src, pos) => (outPos[src] = pos));
  return {
    delimiter: file.delimiter,
    width: columns.length,
    enforceWidth: file.hasHeader === true,
    emailCol: email.index - 1,
    outPos,
    labels: columns.map((c) => columnLabel(locale, c.index, c.header)),
  };
}

/** The cleaned file read back: its header, its rows, and the row index of each address (lower case). */
export interface CleanedIndex {
  header: string[];
  rows: string[][];
  byAddress: Map<string, number>;
}

/** The address key duplicates are compared by: the check compares trimmed addresses ignoring case. */
export const addressKey = (email: string): string => email.trim().toLowerCase();

/** Reads the cleaned file (comma-separated, CRLF, the address first; see write.ts). */
export function indexCleaned(cleanedCsv: string): CleanedIndex {
  const records = Papa.parse<string[]>(cleanedCsv, { delimiter: ',', newline: CLEAN_NEWLINE, quoteChar: '"' }).data;
  const [header = [], ...rows] = records;
  const byAddress = new Map<string, number>();
  rows.forEach((row, i) => byAddress.set(addressKey(row[0] ?? ''), i));
  return { header, rows, byAddress };
}

/** An e-mail value as the check reads it before judging it: invisible characters out, trimmed, the safe repairs made. */
export function repairedAddress(raw: string): string {
  return repairEmail(trimField(removeInvisible(raw, true))).email;
}

/** The verdict on an edited row: judge.ts's, or a duplicate of an address already taken. */
export type RowVerdict = Verdict | { ok: false; finding: Finding & { key: 'duplicate-email' | 'duplicate-email/listed' } };

/**
 * Judges edited values of one row. `takenBy(key)` says who already has the address: a row number (another
 * edited row, which keeps it), 0 (a row of the cleaned file), or undefined (nobody else).
 */
export function recheckRow(fields: readonly string[], plan: RecordPlan, takenBy: (key: string) => number | undefined): RowVerdict {
  const verdict = judgeRecord(fields, plan);
  if (!verdict.ok) return verdict;
  const owner = takenBy(addressKey(verdict.email));
  if (owner === undefined) return verdict;
  const column = plan.emailCol + 1;
  return owner === 0
    ? { ok: false, finding: { key: 'duplicate-email/listed', severity: 'warning', column, params: {} } }
    : { ok: false, finding: { key: 'duplicate-email', severity: 'warning', column, params: { firstRow: owner } } };
}

/** What became of one problem row on the page. */
export interface RowOutcomeOnPage {
  row: CsvProblemRow;
  /** The cleaned values now (output order), or null when the row stays out of the file. */
  cleaned: string[] | null;
  /** The address key the row had in the cleaned file as checked, when it was kept. */
  keptAs: string | null;
}

/**
 * The cleaned file with the page's outcome: rows kept by the check and changed on the page are replaced in
 * place (or left out when they no longer pass), rows the check removed that now pass are added in file order
 * at the end.
 */
export function rebuildCleaned(index: CleanedIndex, outcomes: readonly RowOutcomeOnPage[]): string {
  const rows: (string[] | null)[] = index.rows.slice();
  const added: string[][] = [];
  for (const { cleaned, keptAs } of [...outcomes].sort((a, b) => a.row.row - b.row.row)) {
    const at = keptAs === null ? undefined : index.byAddress.get(keptAs);
    if (at !== undefined) rows[at] = cleaned;
    else if (cleaned !== null) added.push(cleaned);
  }
  return writeCsv(index.header, [...rows.filter((r): r is string[] => r !== null), ...added]);
}

/** An issue as downloaded by the user for their own list: with the cell's value as read, where there is one. */
export type CsvIssueWithValue = CsvIssue & { value?: string };

/**
 * The report with each row issue's value (the cell, or the row's first values for a whole-row issue). Only
 * for the JSON the user downloads for their own list; the report itself never holds values (types.ts).
 */
export function reportWithValues(report: CsvReport, problemRows: readonly CsvProblemRow[]): Omit<CsvReport, 'issues'> & { issues: CsvIssueWithValue[] } {
  const byRow = new Map(problemRows.map((r) => [r.row, r.fields]));
  const issues = report.issues.map((issue): CsvIssueWithValue => {
    const fields = issue.row === null ? undefined : byRow.get(issue.row);
    if (!fields) return issue;
    return { ...issue, value: issue.column === null ? fields.join(report.file.delimiter ?? ',') : (fields[issue.column - 1] ?? '') };
  });
  return { ...report, issues };
}
