import { readStrict } from '../report/strict-read';
import { assessmentSchema } from './schema';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, MAX_ASSESSMENT_BYTES, type AssessmentResult } from './types';

/** Why a file is not a result we can use. */
export type AssessmentErrorReason = 'too-large' | 'malformed-json' | 'not-an-assessment' | 'wrong-version' | 'invalid-field';

export type ParsedAssessment = { ok: true; result: AssessmentResult } | { ok: false; reason: AssessmentErrorReason; field?: string };

/** The result as pretty-printed JSON, the form attendees hand in. */
export function assessmentToJson(result: AssessmentResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A readable path to a bad field (keys and indexes only, never a value), when it is a plain short word. */
/**
 * Reads a result file's text like a report is read: size, JSON, the `format` marker, the version, then
 * every field against the strict schema. Anything shaped like a secret or an e-mail address anywhere
 * refuses the file too.
 */
export function parseAssessmentJson(text: string): ParsedAssessment {
  if (text.length > MAX_ASSESSMENT_BYTES) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed-json' };
  }
  return parseAssessmentData(data);
}

/** The same checks on JSON already parsed (the class overview parses once to tell formats apart). */
export function parseAssessmentData(data: unknown): ParsedAssessment {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-an-assessment' };
  const { format, version } = data as Record<string, unknown>;
  if (format !== ASSESSMENT_FORMAT) return { ok: false, reason: 'not-an-assessment' };
  if (version !== ASSESSMENT_VERSION) return { ok: false, reason: 'wrong-version' };
  const read = readStrict(assessmentSchema, data);
  if (!read.ok) return { ok: false, reason: 'invalid-field', ...(read.field ? { field: read.field } : {}) };
  return { ok: true, result: read.data };
}

/** The download name: `msi-assessment-<name>-YYYY-MM-DD.json`, the name reduced to safe file-name characters. */
export function assessmentFileName(result: Pick<AssessmentResult, 'attendee' | 'startedAt'>): string {
  const name = result.attendee.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'attendee';
  return `msi-assessment-${name}-${result.startedAt.slice(0, 10)}.json`;
}
