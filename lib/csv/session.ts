import type { Locale } from '../i18n/locale';
import type { EmailProblem } from './email';
import { addressKey, indexCleaned, planFromReport, rebuildCleaned, recheckRow, repairedAddress, type CleanedIndex, type RowVerdict } from './fix';
import type { RecordPlan } from './judge';
import type { MessageKey } from './messages';
import { suggestEmail } from './suggest';
import type { CsvProblemRow, CsvReport } from './types';

/**
 * The fixes made on the page to one check's problem rows (csv.html, the in-page verdict): every edit judged
 * again at once by the file check's rules (fix.ts), the counts and the cleaned file kept in step, undo per
 * cell. Framework-free and mutable on purpose (100,000 rows): a view re-renders when `version` changes.
 *
 * Decision: a row's verdict is computed when that row changes. A row shown as a duplicate of an address that
 * another edit has since given up keeps its verdict until it is edited itself (re-judging every row on every
 * keystroke would cost a frame on large files).
 */

/** One problem row: as checked, and as it stands after the user's edits. */
export interface FixEntry {
  readonly row: CsvProblemRow;
  /** The group it is listed under: the message key of its first finding, `invalid-email:<reason>` for addresses. */
  readonly group: string;
  /** The address key it has in the cleaned file as checked, when the check kept it. */
  readonly keptAs: string | null;
  /** Values now, in source column order. */
  fields: string[];
  verdict: RowVerdict;
  /** Earlier values per column, newest last. */
  readonly history: Map<number, string[]>;
  /** Columns in the order they were changed, for the row's undo. */
  readonly changedCols: number[];
  /** Whether the row was ever changed here (it is then rebuilt in the cleaned file). */
  touched: boolean;
  /** The address this row took on the page (no longer free for other rows), or null. */
  claim: string | null;
  /** How the check counted the row. */
  readonly checked: Status;
}

/** How a row counts in the report's `rows`. */
export type Status = 'kept' | 'fixed' | 'removed';

/** Rows ready to invite (kept + fixed), fixed, removed, and rows still out for an error. */
export interface FixCounts {
  ready: number;
  fixed: number;
  removed: number;
  errors: number;
}

/** The group key of a verdict. */
export function groupOf(verdict: RowVerdict): string {
  if (verdict.ok) return verdict.findings[0]?.key ?? 'ok';
  const { key, params } = verdict.finding;
  if (key === 'duplicate-email/listed') return 'duplicate-email';
  return key === 'invalid-email' && params.reason ? `${key}:${params.reason}` : key;
}

/** The message key and address problem a group key stands for. */
export function splitGroup(group: string): { key: MessageKey; reason?: EmailProblem } {
  const [key, reason] = group.split(':') as [MessageKey, EmailProblem | undefined];
  return reason ? { key, reason } : { key };
}

export class FixSession {
  readonly entries: readonly FixEntry[];
  readonly plan: RecordPlan | null;
  /** Bumped on every change. */
  version = 0;
  private readonly byRow = new Map<number, FixEntry>();
  private readonly index: CleanedIndex | null;
  /** Addresses taken on the page, by row number. */
  private readonly claims = new Map<string, number>();
  /** Addresses of the cleaned file whose kept row now has another address (or none). */
  private readonly released = new Set<string>();
  /** The report's row counts and the rows out for an error, kept in step with every change (see {@link tally}). */
  private readonly rows: Record<Status, number>;
  private errors = 0;

  constructor(private readonly report: CsvReport, cleanedCsv: string | null, problemRows: readonly CsvProblemRow[], locale: Locale) {
    const plan = (this.plan = planFromReport(report, locale));
    this.index = cleanedCsv === null || plan === null ? null : indexCleaned(cleanedCsv);
    this.entries = plan === null || this.index === null ? [] : problemRows.map((row) => this.entryOf(row, plan));
    this.rows = { ...report.rows };
    for (const e of this.entries) {
      this.byRow.set(e.row.row, e);
      if (FixSession.isError(e)) this.errors++;
    }
  }

  private entryOf(row: CsvProblemRow, plan: RecordPlan): FixEntry {
    const verdict = recheckRow(row.fields, plan, (key) => this.takenBy(key, row.row));
    // A kept row's own address is in the cleaned file: judged against itself it would be its own duplicate.
    const first = !row.removed && !verdict.ok && verdict.finding.key === 'duplicate-email/listed' ? recheckRow(row.fields, plan, () => undefined) : verdict;
    const keptAs = !row.removed && first.ok ? addressKey(first.email) : null;
    const checked: Status = row.removed ? 'removed' : first.ok && first.changed ? 'fixed' : 'kept';
    return { row, group: groupOf(first), keptAs, checked, fields: [...row.fields], verdict: first, history: new Map(), changedCols: [], touched: false, claim: null };
  }

  private takenBy(key: string, rowNumber: number): number | undefined {
    const claimant = this.claims.get(key);
    if (claimant !== undefined) return claimant === rowNumber ? undefined : claimant;
    if (this.byRow.get(rowNumber)?.keptAs === key || this.released.has(key)) return undefined;
    return this.index?.byAddress.has(key) ? 0 : undefined;
  }

  /** The entry of a 1-based record number. */
  entry(rowNumber: number): FixEntry | undefined {
    return this.byRow.get(rowNumber);
  }

  /**
   * Sets one value of a row and judges the row again. `record: false` for the keystrokes of one edit: the
   * editor records the value it started from once, with {@link record}, when the edit is kept.
   */
  edit(rowNumber: number, col: number, value: string, record = true): void {
    const entry = this.byRow.get(rowNumber);
    if (!entry || !this.plan || (entry.fields[col] ?? '') === value) return;
    if (record) this.record(rowNumber, col, entry.fields[col] ?? '');
    while (entry.fields.length <= col) entry.fields.push('');
    entry.fields[col] = value;
    this.tally(entry, () => {
      entry.touched = true;
      this.rejudge(entry);
    });
  }

  /** Records `previous` as the value of a cell before its last change (for undo). */
  record(rowNumber: number, col: number, previous: string): void {
    const entry = this.byRow.get(rowNumber);
    if (!entry) return;
    const past = entry.history.get(col) ?? [];
    past.push(previous);
    entry.history.set(col, past);
    this.tally(entry, () => entry.changedCols.push(col));
  }

  /** Undoes the last change of one cell (or, without `col`, the row's last change); false when there is none. */
  undo(rowNumber: number, col?: number): boolean {
    const entry = this.byRow.get(rowNumber);
    const target = col ?? entry?.changedCols[entry.changedCols.length - 1];
    const past = target === undefined ? undefined : entry?.history.get(target);
    if (!entry || target === undefined || !past || past.length === 0) return false;
    this.tally(entry, () => entry.changedCols.splice(entry.changedCols.lastIndexOf(target), 1));
    this.edit(rowNumber, target, past.pop()!, false);
    return true;
  }

  /** Whether the cell (or, without `col`, the row) has a change to undo. */
  canUndo(entry: FixEntry, col?: number): boolean {
    return col === undefined ? entry.changedCols.length > 0 : (entry.history.get(col)?.length ?? 0) > 0;
  }

  private rejudge(entry: FixEntry): void {
    const rowNumber = entry.row.row;
    if (entry.claim !== null) this.claims.delete(entry.claim);
    entry.claim = null;
    if (entry.keptAs !== null) this.released.add(entry.keptAs);
    entry.verdict = recheckRow(entry.fields, this.plan!, (key) => this.takenBy(key, rowNumber));
    if (entry.verdict.ok) {
      const key = addressKey(entry.verdict.email);
      if (key === entry.keptAs) this.released.delete(key);
      else this.claims.set((entry.claim = key), rowNumber);
    }
  }

  /**
   * Runs a change of one entry and moves the counts by what it changed: O(1) per keystroke, where a count over
   * every row would cost a millisecond on 100,000 rows.
   */
  private tally(entry: FixEntry, change: () => void): void {
    const status = FixSession.statusOf(entry);
    const error = FixSession.isError(entry);
    change();
    this.rows[status]--;
    this.rows[FixSession.statusOf(entry)]++;
    this.errors += Number(FixSession.isError(entry)) - Number(error);
    this.version++;
  }

  private static isError(entry: FixEntry): boolean {
    return !entry.verdict.ok && entry.verdict.finding.severity === 'error';
  }

  /** The suggested address (a change of meaning, applied only when accepted) for a row out for its address, or null. */
  suggestion(entry: FixEntry): string | null {
    const v = entry.verdict;
    if (v.ok || v.finding.key !== 'invalid-email' || !v.finding.params.reason || !this.plan) return null;
    return suggestEmail(repairedAddress(entry.fields[this.plan.emailCol] ?? ''), v.finding.params.reason);
  }

  /**
   * What to mark in one cell (mark.ts): the address's problem in the e-mail column, a lost letter or a formula
   * sign in the others; null for nothing but the invisible characters.
   */
  cellProblem(entry: FixEntry, col: number): EmailProblem | null {
    const v = entry.verdict;
    if (col === this.plan?.emailCol) return !v.ok && v.finding.key === 'invalid-email' ? (v.finding.params.reason ?? null) : null;
    if (!v.ok) return null;
    const finding = v.findings.find((f) => f.column === col + 1 && (f.key === 'lossy-text' || f.key === 'formula-injection'));
    return finding ? (finding.key === 'lossy-text' ? 'lossy' : 'formula-start') : null;
  }

  /** Takes the suggestion of each row that has one; returns how many rows changed. */
  acceptSuggestions(entries: readonly FixEntry[]): number {
    let n = 0;
    for (const e of entries) {
      const s = this.suggestion(e);
      if (s === null || !this.plan) continue;
      this.edit(e.row.row, this.plan.emailCol, s);
      n++;
    }
    return n;
  }

  /**
   * Writes the values the cleaned file has for each passing row into its cells, so the safe repairs the check
   * made (and will make anyway) are what the row shows; each cell can be undone. Returns how many rows changed.
   */
  applyRepairs(entries: readonly FixEntry[]): number {
    let n = 0;
    for (const e of entries) {
      if (!e.verdict.ok || !this.plan) continue;
      const { cleaned } = e.verdict;
      const before = this.version;
      this.plan.outPos.forEach((pos, col) => this.edit(e.row.row, col, cleaned[pos] ?? ''));
      if (this.version !== before) n++;
    }
    return n;
  }

  /** Where the row counts now: as the check counted it until changed here; then out, fixed, or kept as it was. */
  private static statusOf(entry: FixEntry): Status {
    if (!entry.touched) return entry.checked;
    const v = entry.verdict;
    if (!v.ok) return 'removed';
    return entry.row.removed || v.changed || entry.changedCols.length > 0 ? 'fixed' : 'kept';
  }

  /** The counts now: the check's, moved by every row whose outcome changed here. */
  counts(): FixCounts {
    const { kept, fixed, removed } = this.rows;
    return { ready: kept + fixed, fixed, removed, errors: this.errors };
  }

  /** The cleaned file with every fix made here; `checked` itself when nothing was changed. */
  cleanedFile(checked: string): string {
    const changed = this.entries.filter((e) => e.touched);
    if (changed.length === 0 || !this.index) return checked;
    return rebuildCleaned(this.index, changed.map((e) => ({ row: e.row, cleaned: e.verdict.ok ? e.verdict.cleaned : null, keptAs: e.keptAs })));
  }
}
