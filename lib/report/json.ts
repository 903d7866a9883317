import { containsSecretLike, redactReport } from './redact';
import { reportSchema } from './schema';
import { MAX_REPORT_BYTES, REPORT_FORMAT, REPORT_VERSION, type CompletionReport } from './types';

/** The report as pretty-printed JSON, secret-like values stripped once more on the way out. */
export function toJson(report: CompletionReport): string {
  return `${JSON.stringify(redactReport(report), null, 2)}\n`;
}

/** Why a file is not a report we can show. Each has a translated message (see reportErrorText). */
export type ReportErrorReason = 'too-large' | 'malformed-json' | 'not-a-report' | 'wrong-version' | 'invalid-field';

/** A report read from a file, or why it was refused (with the bad field's path when it is safe to show). */
export type ParsedReport = { ok: true; report: CompletionReport } | { ok: false; reason: ReportErrorReason; field?: string };

/**
 * A readable path to the first bad field, e.g. `steps.2.status` (keys only, never the value). An unknown
 * key is the file's own text: it is named only when it is a plain short word.
 */
function fieldPath(path: readonly PropertyKey[]): string | undefined {
  const joined = path.map(String).join('.');
  return /^[\w.-]{1,80}$/.test(joined) && !containsSecretLike(joined) ? joined : undefined;
}

/**
 * Reads a report file's text: checks the size, the JSON, the `format` marker, the version, and then
 * every field against the schema (types, allowed values, no unknown keys). A file that carries
 * anything shaped like a secret or an e-mail address is refused too. The caller checks the file size
 * before reading it; the length check here is the backstop.
 */
export function parseReportJson(text: string): ParsedReport {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-a-report' };
  const { format, version } = data as Record<string, unknown>;
  if (format !== REPORT_FORMAT) return { ok: false, reason: 'not-a-report' };
  if (version !== REPORT_VERSION) return { ok: false, reason: 'wrong-version' };
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const field = fieldPath([...(issue?.path ?? []), ...keys]);
    return { ok: false, reason: 'invalid-field', ...(field ? { field } : {}) };
  }
  if (containsSecretLike(parsed.data)) return { ok: false, reason: 'invalid-field' };
  return { ok: true, report: parsed.data };
}

/** The download name, `msi-setup-report-YYYY-MM-DD.json`, dated by the report's (UTC) generation day. */
export function reportFileName(report: Pick<CompletionReport, 'generatedAt'>): string {
  return `msi-setup-report-${report.generatedAt.slice(0, 10)}.json`;
}
