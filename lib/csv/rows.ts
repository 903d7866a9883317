import type { Locale } from '../i18n/locale';
import { effectiveWidth } from './columns';
import { EmailSet } from './dedupe';
import { fastValid, isSpaceLike, secondHash, validatedHash } from './address';
import { MAX_EMAIL_LENGTH } from './email';
import { isFormulaChar, issueOf, judgeRecord, MAX_FIELD_LENGTH, type RecordPlan } from './judge';
import { makeIssue } from './report';
import type { CsvIssue, CsvProblemRow } from './types';
import type { CsvWriter } from './write';

/** Everything the row pass needs to know about the file's layout. Column numbers are 0-based. */
export interface RowPlan extends Omit<RecordPlan, 'outPos'> {
  locale: Locale;
  /** Record index of the header row, skipped by the pass. */
  headerIndex: number | null;
  /** Issues of the header row, reported in its place. */
  headerIssues: readonly CsvIssue[];
  /** Source column for each output position; the e-mail column comes first. */
  order: readonly number[];
  /** Source column of the team, or -1: distinct teams are counted against the instance's limit. */
  teamCol: number;
  /** Rough number of records, to size the duplicate memory once. */
  expectedRows: number;
}

/** Counts and issues of the row pass; the cleaned rows went to the writer. */
export interface RowOutcome {
  total: number;
  kept: number;
  fixed: number;
  removed: number;
  issues: CsvIssue[];
  /** The most fields any record had, blank trailing fields not counted. */
  widest: number;
  /** Every row with an issue, as read (up to {@link MAX_PROBLEM_ROWS}). */
  problemRows: CsvProblemRow[];
  /** Distinct teams among the rows kept, counted up to one more than the limit. */
  teams: number;
}

/** Rows kept with their values for the problem grid; a 50 MB file of nothing but bad rows has more. */
export const MAX_PROBLEM_ROWS = 250_000;
/** Characters kept of one value of a problem row. */
export const MAX_PROBLEM_VALUE = 2000;
/** Distinct teams counted: one past Adobe's limit of 20 is enough to warn. */
const TEAMS_COUNTED = 21;

/**
 * Characters that send a line to the full check: `?` and U+FFFD (lossy names), invisible ones inside values.
 * Each is searched with its own indexOf: twelve native searches measured 6 × faster than one character-class
 * regular expression over the same window.
 */
const SUSPICIOUS = ['?', '\u00a0', '\u00ad', '\u180e', '\u2007', '\u200b', '\u200c', '\u200d', '\u202f', '\u2060', '\ufeff', '\ufffd'];

/**
 * Checks data records one at a time, in order, sorts each into kept, fixed or removed, and writes the kept
 * ones (cleaned, in output column order) to the writer at once. The rules are judge.ts's; this adds the
 * duplicates (compared trimmed and lower case; the first occurrence is kept, later ones removed with a
 * warning), the team count, and the fast path for the common clean line.
 */
export class RowPass {
  readonly outcome: RowOutcome = { total: 0, kept: 0, fixed: 0, removed: 0, issues: [], widest: 0, problemRows: [], teams: 0 };
  private readonly seen: EmailSet;
  private readonly teamSeen = new Set<string>();
  private readonly record_: RecordPlan;
  /** A row that needs no fix is written as its original line: comma-separated, columns in output order. */
  private readonly verbatim: boolean;

  constructor(private readonly plan: RowPlan, private readonly writer: CsvWriter) {
    this.seen = new EmailSet(plan.expectedRows);
    const outPos = new Array<number>(plan.width);
    plan.order.forEach((src, pos) => (outPos[src] = pos));
    this.record_ = { ...plan, outPos };
    this.verbatim = plan.delimiter === ',' && plan.order.length === plan.width && plan.order.every((src, pos) => src === pos);
  }

  private keepProblem(rec: readonly string[], row: number, removed: boolean): void {
    const list = this.outcome.problemRows;
    if (list.length >= MAX_PROBLEM_ROWS) return;
    // An unclosed quotation mark makes one value of the rest of the file: its start is what a person needs.
    const fields = rec.map((f) => (f.length > MAX_PROBLEM_VALUE ? f.slice(0, MAX_PROBLEM_VALUE) : f));
    list.push({ row, fields, removed });
  }

  private countTeam(team: string): void {
    if (this.outcome.teams >= TEAMS_COUNTED || team.length === 0) return;
    const key = team.toLowerCase();
    if (!this.teamSeen.has(key)) {
      this.teamSeen.add(key);
      this.outcome.teams++;
    }
  }

  /** Where the last search in this text ended, per searched thing; -1 before the first. */
  private searchText = '';
  private commaAt = -1;
  private suspiciousAt = -1;
  /** Next position of each of {@link SUSPICIOUS} in `this.searchText`. */
  private readonly eachSuspiciousAt = SUSPICIOUS.map(() => -1);

  /**
   * The next comma and the next suspicious character at or after `from` in `this.searchText` (or its length),
   * each searched again only once passed: a line without a comma (a file of one-column rows) would otherwise
   * search the rest of the window for each line.
   */
  private nextComma(text: string, from: number): number {
    if (this.commaAt < from) {
      const at = text.indexOf(',', from);
      this.commaAt = at === -1 ? text.length : at;
    }
    return this.commaAt;
  }

  private nextSuspicious(text: string, from: number): number {
    if (this.suspiciousAt >= from) return this.suspiciousAt;
    const each = this.eachSuspiciousAt;
    let first = text.length;
    for (let k = 0; k < each.length; k++) {
      if (each[k]! < from) {
        const at = text.indexOf(SUSPICIOUS[k]!, from);
        each[k] = at === -1 ? text.length : at;
      }
      if (each[k]! < first) first = each[k]!;
    }
    return (this.suspiciousAt = first);
  }

  /**
   * Checks the record on `text.slice(start, end)`, a line without quotation marks (see readRecords). The usual
   * row, comma-separated in output order and needing no fix, is checked in place and written as it was: one
   * scan of its characters and the address as the only new string. Anything else is split and goes through
   * {@link record}, so both ways give the same result by construction.
   */
  line(text: string, start: number, end: number, index: number, plain: boolean): void {
    const { plan, outcome } = this;
    if (!plain || !this.verbatim || index === plan.headerIndex) return this.split(text, start, end, index);
    if (text !== this.searchText) {
      this.searchText = text;
      this.commaAt = this.suspiciousAt = -1;
      this.eachSuspiciousAt.fill(-1);
    }
    if (this.nextSuspicious(text, start) < end) return this.split(text, start, end, index);
    const { width, emailCol, teamCol } = plan;
    let field = 0;
    let from = start;
    let filled = 0;
    let emailFrom = -1;
    let emailTo = -1;
    let teamFrom = -1;
    let teamTo = -1;
    for (;;) {
      let to = this.nextComma(text, from);
      if (to > end) to = end;
      if (field >= width) return this.split(text, start, end, index);
      if (to > from) {
        const first = text.charCodeAt(from);
        const last = text.charCodeAt(to - 1);
        // Visible ASCII and Latin-1 (nearly every value) is never space-like: skip the call.
        const edgeSpace = ((first <= 32 || first >= 0xa0) && isSpaceLike(first)) || ((last <= 32 || last >= 0xa0) && isSpaceLike(last));
        if (edgeSpace) return this.split(text, start, end, index);
        if (field === emailCol) {
          emailFrom = from;
          emailTo = to;
        } else if (isFormulaChar(first) || to - from > MAX_FIELD_LENGTH) {
          return this.split(text, start, end, index);
        } else if (field === teamCol) {
          teamFrom = from;
          teamTo = to;
        }
        filled = field + 1;
      }
      field++;
      if (to === end) break;
      from = to + 1;
    }
    // Anything but the common valid address takes the full way, where the safe repairs are.
    if (emailFrom < 0 || emailTo - emailFrom > MAX_EMAIL_LENGTH || !fastValid(text, emailFrom, emailTo)) return this.split(text, start, end, index);
    if (filled > outcome.widest) outcome.widest = filled;
    outcome.total++;
    const firstRow = this.seen.firstRowOrAddHashed(validatedHash(), secondHash(), index + 1);
    if (firstRow !== undefined) return this.duplicate(text.slice(start, end).split(','), index + 1, firstRow);
    // Only until the limit is passed, and read where it stands unless it is new (a team is rarely new).
    if (teamFrom >= 0 && outcome.teams < TEAMS_COUNTED) this.countTeamAt(text, teamFrom, teamTo);
    // A short row is padded with empty fields, as the record path pads it.
    if (field < width) this.writer.paddedLine(text, start, end, width - field);
    else this.writer.line(text, start, end);
    outcome.kept++;
  }

  /**
   * The last team read on the fast path per slot (its length and edge characters pick the slot): a known team
   * costs one comparison and no string. Two teams sharing a slot only cost a slice now and then.
   */
  private readonly teamSlots = new Array<string | undefined>(64);

  private countTeamAt(text: string, from: number, to: number): void {
    const length = to - from;
    const slot = (length * 31 + text.charCodeAt(from) * 7 + text.charCodeAt(to - 1)) & 63;
    const known = this.teamSlots[slot];
    if (known !== undefined && known.length === length && text.startsWith(known, from)) return;
    const team = text.slice(from, to);
    this.teamSlots[slot] = team;
    this.countTeam(team);
  }

  private duplicate(rec: readonly string[], row: number, firstRow: number): void {
    const { outcome, plan } = this;
    outcome.removed++;
    outcome.issues.push(makeIssue(plan.locale, 'duplicate-email', 'warning', row, plan.emailCol + 1, { firstRow }));
    this.keepProblem(rec, row, true);
  }

  /** The line's record, split as PapaParse would, through {@link record}. */
  private split(text: string, start: number, end: number, index: number): void {
    this.record(text.slice(start, end).split(this.plan.delimiter), index, false);
  }

  /** Checks record `index` (0-based); `unclosed` when PapaParse found its quotation mark unclosed. */
  record(rec: string[], index: number, unclosed: boolean): void {
    const { plan, outcome } = this;
    const found = effectiveWidth(rec);
    if (found > outcome.widest) outcome.widest = found;
    if (index === plan.headerIndex) {
      for (const issue of plan.headerIssues) outcome.issues.push(issue);
      return;
    }
    outcome.total++;
    const row = index + 1;
    const verdict = judgeRecord(rec, this.record_, unclosed);
    if (!verdict.ok) {
      outcome.removed++;
      outcome.issues.push(issueOf(plan.locale, verdict.finding, row));
      // A blank row has nothing to show or fix.
      if (verdict.finding.key !== 'blank-row') this.keepProblem(rec, row, true);
      return;
    }
    const firstRow = this.seen.firstRowOrAdd(verdict.email, row);
    if (firstRow !== undefined) return this.duplicate(rec, row, firstRow);
    for (const finding of verdict.findings) outcome.issues.push(issueOf(plan.locale, finding, row));
    if (verdict.findings.length > 0) this.keepProblem(rec, row, false);
    if (plan.teamCol >= 0) this.countTeam(verdict.cleaned[this.record_.outPos[plan.teamCol]!]!);
    this.writer.row(verdict.cleaned);
    if (verdict.changed) outcome.fixed++;
    else outcome.kept++;
  }
}
