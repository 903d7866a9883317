import type { Locale } from '../i18n/locale';
import type { CsvCheckResult, CsvPartsResult } from './types';

type Count = (n: number, shown: string) => string;
const plural = (one: string, many: string): Count => (n, shown) => `${shown} ${n === 1 ? one : many}`;

const TEXT: Readonly<Record<Locale, { fatal: string; users: Count; rows: Count; clean(users: string): string; problems(users: string, fixed: string, removed: string): string }>> = {
  en: {
    fatal: 'This file cannot be used as it is.',
    users: plural('user', 'users'),
    rows: plural('row', 'rows'),
    clean: (users) => `Checked: ${users}, no problems.`,
    problems: (users, fixed, removed) => `${users} ready to invite; ${fixed} fixed, ${removed} removed.`,
  },
  de: {
    fatal: 'Diese Datei ist so nicht verwendbar.',
    users: plural('Benutzer', 'Benutzer'),
    rows: plural('Zeile', 'Zeilen'),
    clean: (users) => `Geprüft: ${users}, keine Probleme.`,
    problems: (users, fixed, removed) => `${users} bereit zum Einladen; ${fixed} korrigiert, ${removed} entfernt.`,
  },
};

/**
 * The one-line verdict shown above a report (csv.html) and beside the upload (content script). Made here,
 * with the report, so the content script ships no verdict texts. A file without any issue gets the quiet
 * "Checked: N users, no problems".
 */
export function summarizeResult(result: CsvCheckResult | CsvPartsResult, locale: Locale): string {
  const { report } = result;
  const fatal = ('cleanedParts' in result ? result.cleanedParts : result.cleanedCsv) === null;
  const { kept, fixed, removed } = report.rows;
  return summarizeCounts({ ready: kept + fixed, fixed, removed }, fatal ? 'fatal' : report.issues.length === 0 ? 'clean' : 'problems', locale);
}

/**
 * The same verdict from counts: those of a check with the fixes made since (see session.ts's `counts`).
 * `state` says whether the file is unusable, passed without any issue, or had problems.
 */
export function summarizeCounts(counts: { ready: number; fixed: number; removed: number }, state: 'fatal' | 'clean' | 'problems', locale: Locale): string {
  const text = TEXT[locale];
  if (state === 'fatal') return text.fatal;
  const number = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US');
  const users = text.users(counts.ready, number.format(counts.ready));
  if (state === 'clean') return text.clean(users);
  return text.problems(users, text.rows(counts.fixed, number.format(counts.fixed)), text.rows(counts.removed, number.format(counts.removed)));
}
