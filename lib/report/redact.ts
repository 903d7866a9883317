import type { StepTiming } from '../progress/types';
import type { CompletionReport } from './types';

/** Anything shaped like an e-mail address (an invitee's, an admin's). */
const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/i;
/** A UUID, the shape of Marketo's Client ID. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A run of 32 or more letters and digits, the shape of a Client Secret or an API key. */
const LONG_TOKEN = /[A-Za-z0-9_+/=]{32,}/g;

/**
 * Does this long run look generated? Mixed case or digits among letters: a secret, not a word or a
 * lower-case host label. Keeps false alarms on long but ordinary host names rare.
 */
function looksGenerated(token: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(token)).length;
  return classes >= 2;
}

/** True when `text` contains something that must never leave the user's machine in a report. */
export function isSecretLike(text: string): boolean {
  if (EMAIL.test(text) || UUID.test(text)) return true;
  return (text.match(LONG_TOKEN) ?? []).some(looksGenerated);
}

/** True when any string anywhere inside `value` (keys included) is secret-like. */
export function containsSecretLike(value: unknown): boolean {
  if (typeof value === 'string') return isSecretLike(value);
  if (Array.isArray(value)) return value.some(containsSecretLike);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, inner]) => isSecretLike(key) || containsSecretLike(inner));
  }
  return false;
}

const clean = <T>(items: readonly T[]): T[] => items.filter((item) => !containsSecretLike(item));
const cleanText = (text: string): string => (isSecretLike(text) ? 'redacted' : text);
const cleanTime = (time: string | null): string | null => (time !== null && isSecretLike(time) ? null : time);
/** Named fields only, and a time that is not a time becomes "not known". */
const cleanTiming = ({ startedAt, completedAt, notFound }: StepTiming): StepTiming => ({
  startedAt: cleanTime(startedAt),
  completedAt: cleanTime(completedAt),
  notFound,
});

/**
 * The report with every secret-like value removed. The report is built from ids, statuses, hosts and
 * times, so nothing should match; this guard makes sure that stays true if a field is ever added or a
 * stored value was tampered with. Whole entries go, rather than parts of strings, so what remains is
 * still a valid report.
 */
export function redactReport(report: CompletionReport): CompletionReport {
  return {
    ...report,
    extensionVersion: cleanText(report.extensionVersion),
    browser: cleanText(report.browser),
    hostsSeen: clean(report.hostsSeen),
    steps: report.steps.map((step) => ({
      ...step,
      evidence: clean(step.evidence),
      diagnostics: clean(step.diagnostics),
      ...(step.timing ? { timing: cleanTiming(step.timing) } : {}),
    })),
  };
}
