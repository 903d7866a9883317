import type { Locale } from '../i18n/locale';
import { effectiveWidth, trimField } from './columns';
import { emailProblem, MAX_EMAIL_LENGTH } from './email';
import type { MessageKey, MessageParams } from './messages';
import { looksLossy, removeInvisible, repairEmail } from './repair';
import { makeIssue } from './report';
import type { CsvDelimiter, CsvIssue, Severity } from './types';

/** Longest first name, last name, team or other value kept; longer ones are shortened (code points, not UTF-16 units). */
export const MAX_FIELD_LENGTH = 255;

/** What judging a record needs to know about the file's layout. Column numbers are 0-based. */
export interface RecordPlan {
  delimiter: CsvDelimiter;
  /** Expected number of fields; records with more non-blank fields are ragged (only enforced with a header). */
  width: number;
  enforceWidth: boolean;
  emailCol: number;
  /** Output position of each source column (the e-mail column goes first). */
  outPos: readonly number[];
  /** Column label for messages, per source column. */
  labels: readonly string[];
}

/** One finding about a record, before it is worded: the message key, where, and the template's values. */
export interface Finding {
  key: MessageKey;
  severity: Severity;
  /** 1-based column, null for the whole row. */
  column: number | null;
  params: MessageParams;
}

/** The verdict on one record, duplicates aside (they depend on the other rows). */
export type Verdict =
  | { ok: false; finding: Finding }
  | {
      ok: true;
      /** The repaired address, as it goes into the cleaned file. */
      email: string;
      /** The cleaned values in output order. */
      cleaned: string[];
      /** Fixes made (changed: true) and things worth knowing (lossy-text), in column order. */
      findings: Finding[];
      changed: boolean;
    };

/** `=`, `+`, `-`, `@`: what spreadsheets treat as the start of a formula (OWASP "CSV injection"). */
export function isFormulaChar(c: number): boolean {
  return c === 61 || c === 43 || c === 45 || c === 64;
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

/** The finding turned into a report issue in `locale`, for the 1-based record number `row`. */
export function issueOf(locale: Locale, finding: Finding, row: number): CsvIssue {
  return makeIssue(locale, finding.key, finding.severity, row, finding.column, finding.params);
}

/**
 * A value with invisible characters removed and whitespace trimmed, and the findings for each (one of a
 * kind per value: "invisible characters removed", "spaces removed").
 */
function tidy(raw: string, inAddress: boolean, column: number, label: string, findings: Finding[]): string {
  const visible = removeInvisible(raw, inAddress);
  const value = trimField(visible);
  if (visible !== raw) findings.push({ key: 'invisible-removed', severity: 'warning', column, params: { column: label } });
  if (value !== visible) findings.push({ key: 'whitespace-trimmed', severity: 'warning', column, params: { column: label } });
  return value;
}

/**
 * Judges one record as read (`rec` is not modified). Removal reasons, first match wins: unclosed quotation
 * mark, blank, more fields than the header (ragged), missing e-mail, e-mail over 254 characters after the
 * safe repairs, invalid e-mail. A removed row gets exactly one finding.
 *
 * Fixes on kept rows, per field in column order: invisible characters removed, surrounding whitespace
 * trimmed; in the e-mail column the safe repairs (repair.ts); elsewhere a leading formula character
 * neutralised with a `'`, values over {@link MAX_FIELD_LENGTH} shortened (the `'` counts), and a lossy
 * conversion noted without a change. Short records are padded and trailing empty fields dropped silently.
 */
export function judgeRecord(rec: readonly string[], plan: RecordPlan, unclosed = false): Verdict {
  const found = effectiveWidth(rec);
  if (unclosed) return { ok: false, finding: { key: 'ragged-row/unclosed-quote', severity: 'error', column: null, params: {} } };
  if (found === 0) return { ok: false, finding: { key: 'blank-row', severity: 'warning', column: null, params: {} } };
  const { width, emailCol, labels } = plan;
  if (plan.enforceWidth && found > width) {
    const params = { found, expected: width, delimiter: plan.delimiter };
    return { ok: false, finding: { key: 'ragged-row/too-many', severity: 'error', column: null, params } };
  }
  const emailColumn = emailCol + 1;
  const findings: Finding[] = [];
  const tidied = tidy(rec[emailCol] ?? '', true, emailColumn, labels[emailCol]!, findings);
  if (tidied.length === 0) return { ok: false, finding: { key: 'missing-email', severity: 'error', column: emailColumn, params: {} } };
  const { email, repairs } = repairEmail(tidied);
  if (email.length > MAX_EMAIL_LENGTH) {
    return { ok: false, finding: { key: 'field-too-long/email', severity: 'error', column: emailColumn, params: { limit: MAX_EMAIL_LENGTH } } };
  }
  const problem = email.length === 0 ? 'no-at' : emailProblem(email);
  if (problem !== null) return { ok: false, finding: { key: 'invalid-email', severity: 'error', column: emailColumn, params: { reason: problem } } };
  for (const repair of repairs) findings.push({ key: `email-repaired/${repair}`, severity: 'warning', column: emailColumn, params: { column: labels[emailCol] } });

  const cleaned = new Array<string>(width);
  cleaned[plan.outPos[emailCol]!] = email;
  for (let c = 0; c < width; c++) {
    if (c === emailCol) continue;
    const column = c + 1;
    const label = labels[c]!;
    let value = tidy(rec[c] ?? '', false, column, label, findings);
    if (value.length > 0) {
      const formula = isFormulaChar(value.charCodeAt(0));
      if (formula) findings.push({ key: 'formula-injection', severity: 'warning', column, params: { column: label } });
      const room = formula ? MAX_FIELD_LENGTH - 1 : MAX_FIELD_LENGTH;
      // `length` counts UTF-16 units, never fewer than code points: only long strings need the exact count.
      if (value.length > room && codePointLength(value) > room) {
        value = truncate(value, room);
        findings.push({ key: 'field-too-long/other', severity: 'warning', column, params: { column: label, limit: MAX_FIELD_LENGTH } });
      }
      if (formula) value = `'${value}`;
      if (looksLossy(value)) findings.push({ key: 'lossy-text', severity: 'warning', column, params: { column: label } });
    }
    cleaned[plan.outPos[c]!] = value;
  }
  return { ok: true, email, cleaned, findings, changed: findings.some((f) => f.key !== 'lossy-text') };
}
