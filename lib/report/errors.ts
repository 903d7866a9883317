import type { Locale } from '../i18n/locale';
import type { ParsedReport, ReportErrorReason } from './json';
import { reportText, type ReportTextKey } from './text';

const REASON_KEYS: Readonly<Record<ReportErrorReason, ReportTextKey>> = {
  'too-large': 'errTooLarge',
  'malformed-json': 'errMalformed',
  'not-a-report': 'errNotReport',
  'wrong-version': 'errWrongVersion',
  'invalid-field': 'errInvalid',
};

/** Why the file `name` was refused, in `locale`, naming the bad field when it is known. */
export function reportErrorText(locale: Locale, failure: Extract<ParsedReport, { ok: false }>, name: string): string {
  if (failure.reason === 'invalid-field' && failure.field) return reportText(locale, 'errInvalidField', { name, field: failure.field });
  return reportText(locale, REASON_KEYS[failure.reason], { name });
}
