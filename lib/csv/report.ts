import type { Locale } from '../i18n/locale';
import { formatMessage, type MessageKey, type MessageParams } from './messages';
import type { CsvCheckResult, CsvColumn, CsvIssue, CsvReport, IssueCode, Severity } from './types';

/** Builds one issue; the code is the message key up to its variant suffix. */
export function makeIssue(
  locale: Locale,
  key: MessageKey,
  severity: Severity,
  row: number | null,
  column: number | null,
  params?: MessageParams,
): CsvIssue {
  const slash = key.indexOf('/');
  const code = (slash === -1 ? key : key.slice(0, slash)) as IssueCode;
  return { row, column, code, severity, message: formatMessage(locale, key, row, params) };
}

/** What a fatal report knows about the file at the point the check stopped. */
export interface FatalContext {
  name: string;
  bytes: number;
  encoding?: CsvReport['file']['encoding'];
  delimiter?: CsvReport['file']['delimiter'];
  hasHeader?: boolean | null;
  columns?: CsvColumn[];
  /** Data records read before stopping; all count as removed so the row invariant holds. */
  total?: number;
  /** File-level warnings gathered before the fatal error (e.g. the encoding fallback). */
  earlier?: CsvIssue[];
}

/**
 * The result for a file that cannot be checked: one fatal issue (row and column null), no cleaned file.
 * Warnings found before the stop are kept in front of it, so the admin also learns e.g. about the encoding.
 */
export function fatalResult(locale: Locale, ctx: FatalContext, key: MessageKey, params?: MessageParams): CsvCheckResult {
  const total = ctx.total ?? 0;
  const report: CsvReport = {
    file: {
      name: ctx.name,
      bytes: ctx.bytes,
      encoding: ctx.encoding ?? null,
      delimiter: ctx.delimiter ?? null,
      hasHeader: ctx.hasHeader ?? null,
    },
    columns: ctx.columns ?? [],
    rows: { total, kept: 0, fixed: 0, removed: total },
    issues: [...(ctx.earlier ?? []), makeIssue(locale, key, 'error', null, null, params)],
  };
  return { report, cleanedCsv: null, problemRows: [] };
}
