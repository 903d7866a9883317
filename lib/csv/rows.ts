import type { Locale } from '../i18n/locale';
import { effectiveWidth, trimField } from './columns';
import { EmailSet } from './dedupe';
import { fastValid, isSpaceLike, secondHash, validatedHash } from './address';
import { emailProblem, MAX_EMAIL_LENGTH } from './email';
import { makeIssue } from './report';
import type { CsvDelimiter, CsvIssue } from './types';
import type { CsvWriter } from './write';

/** Longest first name, last name, team or other value kept; longer ones are shortened (code points, not UTF-16 units). */
export const MAX_FIELD_LENGTH = 255;

/** Everything the row pass needs to know about the file's layout. Column numbers are 0-based. */
export interface RowPlan {
  locale: Locale;
  delimiter: CsvDelimiter;
  /** Record index of the header row, skipped by the pass. */
  headerIndex: number | null;
  /** Issues of the header row, reported in its place. */
  headerIssues: readonly CsvIssue[];
  /** Expected number of fields; records with more non-blank fields are ragged (only enforced with a header). */
  width: number;
  enforceWidth: boolean;
  emailCol: number;
  /** Source column for each output position; the e-mail column comes first. */
  order: readonly number[];
  /** Column label for messages, per source column. */
  labels: readonly string[];
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
}

/** `=`, `+`, `-`, `@`: what spreadsheets treat as the start of a formula (OWASP "CSV injection"). */
function isFormulaChar(c: number): boolean {
  return c === 61 || c === 43 || c === 45 || c === 64;
}

function isFormulaStart(s: string): boolean {
  return isFormulaChar(s.charCodeAt(0));
}

/** Cuts to `max` code points without splitting a surrogate pair. */
function truncate(s: string, max: number): string {
  let units = 0;
  for (let points = 0; points < max && units < s.length; points++) {
    const c = s.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < s.length ? 2 : 1;
  }
  return s.slice(0, units);
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Checks data records one at a time, in order, sorts each into kept, fixed or removed, and writes the kept
 * ones (cleaned, in output column order) to the writer at once: no row outlives its own check.
 *
 * Removal reasons, first match wins: unclosed quotation mark, blank, more fields than the header (ragged),
 * missing e-mail, e-mail over 254 characters, invalid e-mail, duplicate e-mail (compared trimmed and lower
 * case; the first occurrence is kept). A removed row gets exactly one issue and no warnings.
 *
 * Fixes on kept rows, per field in column order: surrounding whitespace trimmed; then, except in the e-mail
 * column (whose values are validated instead), a leading formula character neutralised with a `'` and values
 * over {@link MAX_FIELD_LENGTH} shortened (the `'` counts, so the cleaned file honours the limit).
 * Records with fewer fields than the header are padded silently, and trailing empty fields (Excel's trailing
 * delimiters) are dropped silently: neither changes the meaning of the row.
 */
export class RowPass {
  readonly outcome: RowOutcome = { total: 0, kept: 0, fixed: 0, removed: 0, issues: [], widest: 0 };
  private readonly seen: EmailSet;
  private readonly outPos: number[];
  /** Columns keep their order: the cleaned row is written into the parsed record itself, no new array per row. */
  private readonly inPlace: boolean;
  /** A row that needs no fix is written as its original line: comma-separated, columns in output order. */
  private readonly verbatim: boolean;

  constructor(private readonly plan: RowPlan, private readonly writer: CsvWriter) {
    this.seen = new EmailSet(plan.expectedRows);
    this.outPos = new Array<number>(plan.width);
    plan.order.forEach((src, pos) => (this.outPos[src] = pos));
    this.inPlace = plan.order.length === plan.width && plan.order.every((src, pos) => src === pos);
    this.verbatim = this.inPlace && plan.delimiter === ',';
  }

  private remove(issue: CsvIssue): void {
    this.outcome.removed++;
    this.outcome.issues.push(issue);
  }

  /** The checks of a present, trimmed address, in order; removes the row (one issue) and returns false on the first failure. */
  private acceptEmail(email: string, row: number): boolean {
    const { locale } = this.plan;
    const column = this.plan.emailCol + 1;
    if (email.length > MAX_EMAIL_LENGTH) {
      this.remove(makeIssue(locale, 'field-too-long/email', 'error', row, column, { limit: MAX_EMAIL_LENGTH }));
      return false;
    }
    const problem = emailProblem(email);
    if (problem !== null) {
      this.remove(makeIssue(locale, 'invalid-email', 'error', row, column, { reason: problem }));
      return false;
    }
    const firstRow = this.seen.firstRowOrAdd(email, row);
    if (firstRow !== undefined) {
      this.remove(makeIssue(locale, 'duplicate-email', 'warning', row, column, { firstRow }));
      return false;
    }
    return true;
  }

  /**
   * Checks the record on `text.slice(start, end)`, a line without quotation marks (see readRecords). The usual
   * row, comma-separated in output order and needing no fix, is checked in place and written as it was; one
   * scan of its characters and the address as the only new string. Anything else is split and goes through
   * {@link record}, so both ways give the same result by construction.
   */
  /** The text last searched for commas, and the next comma found in it (its length when none is left). */
  private commaText = '';
  private commaAt = -1;

  /**
   * The next comma at or after `from`, searched again only once passed. A plain `indexOf` from each line
   * would search past the line's end for its next comma: a file of short (comma-less) rows would then
   * search the rest of the window once per line.
   */
  private nextComma(text: string, from: number): number {
    if (text !== this.commaText) {
      this.commaText = text;
      this.commaAt = -1;
    }
    if (this.commaAt < from) {
      const at = text.indexOf(',', from);
      this.commaAt = at === -1 ? text.length : at;
    }
    return this.commaAt;
  }

  line(text: string, start: number, end: number, index: number, plain: boolean): void {
    const { plan, outcome } = this;
    if (!plain || !this.verbatim || index === plan.headerIndex) return this.split(text, start, end, index);
    const { width, emailCol } = plan;
    let field = 0;
    let from = start;
    let filled = 0;
    let emailFrom = -1;
    let emailTo = -1;
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
        }
        filled = field + 1;
      }
      field++;
      if (to === end) break;
      from = to + 1;
    }
    // Fewer fields than the header is padded, never an issue: the same row, with the missing commas written.
    if (emailFrom < 0) return this.split(text, start, end, index);
    if (filled > outcome.widest) outcome.widest = filled;
    outcome.total++;
    // The common valid address is checked and remembered where it stands; anything else takes the full way.
    const valid = emailTo - emailFrom <= MAX_EMAIL_LENGTH && fastValid(text, emailFrom, emailTo);
    if (!valid && !this.acceptEmail(text.slice(emailFrom, emailTo), index + 1)) return;
    if (valid) {
      const firstRow = this.seen.firstRowOrAddHashed(validatedHash(), secondHash(), index + 1);
      if (firstRow !== undefined) return this.remove(makeIssue(plan.locale, 'duplicate-email', 'warning', index + 1, emailCol + 1, { firstRow }));
    }
    if (field === width) this.writer.line(text, start, end);
    else this.writer.paddedLine(text, start, end, width - field);
    outcome.kept++;
  }

  /** The line's record, split as PapaParse would, through {@link record}. */
  private split(text: string, start: number, end: number, index: number): void {
    this.record(text.slice(start, end).split(this.plan.delimiter), index, false);
  }

  /** Checks record `index` (0-based); `unclosed` when PapaParse found its quotation mark unclosed. May modify `rec`. */
  record(rec: string[], index: number, unclosed: boolean): void {
    const { plan, outcome } = this;
    const found = effectiveWidth(rec);
    if (found > outcome.widest) outcome.widest = found;
    if (index === plan.headerIndex) {
      for (const issue of plan.headerIssues) outcome.issues.push(issue);
      return;
    }
    const { locale, emailCol } = plan;
    const issues = outcome.issues;
    const emailCol1 = emailCol + 1;
    outcome.total++;
    const row = index + 1;
    if (unclosed) return this.remove(makeIssue(locale, 'ragged-row/unclosed-quote', 'error', row, null));
    if (found === 0) return this.remove(makeIssue(locale, 'blank-row', 'warning', row, null));
    if (plan.enforceWidth && found > plan.width) {
      const params = { found, expected: plan.width, delimiter: plan.delimiter };
      return this.remove(makeIssue(locale, 'ragged-row/too-many', 'error', row, null, params));
    }
    const rawEmail = rec[emailCol] ?? '';
    const email = trimField(rawEmail);
    if (email.length === 0) return this.remove(makeIssue(locale, 'missing-email', 'error', row, emailCol1));
    if (!this.acceptEmail(email, row)) return;

    const { labels, width } = plan;
    const cleaned = this.inPlace ? rec : new Array<string>(plan.order.length);
    let changed = false;
    for (let c = 0; c < width; c++) {
      const raw = rec[c] ?? '';
      let value = c === emailCol ? email : trimField(raw);
      const column = c + 1;
      if (value !== raw) {
        changed = true;
        issues.push(makeIssue(locale, 'whitespace-trimmed', 'warning', row, column, { column: labels[c] }));
      }
      if (c !== emailCol && value.length > 0) {
        const formula = isFormulaStart(value);
        if (formula) {
          changed = true;
          issues.push(makeIssue(locale, 'formula-injection', 'warning', row, column, { column: labels[c] }));
        }
        const room = formula ? MAX_FIELD_LENGTH - 1 : MAX_FIELD_LENGTH;
        // `length` counts UTF-16 units, never fewer than code points: only long strings need the exact count.
        if (value.length > room && codePointLength(value) > room) {
          changed = true;
          value = truncate(value, room);
          const params = { column: labels[c], limit: MAX_FIELD_LENGTH };
          issues.push(makeIssue(locale, 'field-too-long/other', 'warning', row, column, params));
        }
        if (formula) value = `'${value}`;
      }
      cleaned[this.outPos[c]!] = value;
    }
    // Fields past the width are blank (checked above): drop them.
    if (cleaned.length > width) cleaned.length = width;
    this.writer.row(cleaned);
    if (changed) outcome.fixed++;
    else outcome.kept++;
  }
}
