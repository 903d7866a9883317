import { redactReport } from './redact';
import { readStrict } from './strict-read';
import { reportSchema, reportSchemaV1, reportSchemaV2 } from './schema';
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
 * Reads a report file's text: checks the size, the JSON, the `format` marker, the version (the current
 * one, or 2 or 1, each read as it was: without steps done elsewhere, without timings), and then every field against that version's schema
 * (types, allowed values, no unknown keys). A file that carries
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
  const schema = version === REPORT_VERSION ? reportSchema : version === 2 ? reportSchemaV2 : version === 1 ? reportSchemaV1 : null;
  if (!schema) return { ok: false, reason: 'wrong-version' };
  const read = readStrict(schema, data);
  if (!read.ok) return { ok: false, reason: 'invalid-field', ...(read.field ? { field: read.field } : {}) };
  return { ok: true, report: read.data };
}

/** The download name, `msi-setup-report-YYYY-MM-DD.json`, dated by the report's (UTC) generation day. */
export function reportFileName(report: Pick<CompletionReport, 'generatedAt'>): string {
  return `msi-setup-report-${report.generatedAt.slice(0, 10)}.json`;
}
