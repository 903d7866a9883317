import { emailProblem, type EmailProblem } from './email';

/**
 * Suggestions for addresses the check removed: changes that may alter who is invited (`jürgen@` and
 * `juergen@` can be two mailboxes), so they are offered, explained, and applied only when the user accepts
 * them, per row or per group. A suggestion is made only when its result is a valid address.
 */

/** German transliteration first (ä → ae), then accents dropped (é → e). */
const GERMAN: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
/** Dashes Word and PDFs put in for a hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212]/g;

function splitAt(email: string): [string, string] | null {
  const at = email.lastIndexOf('@');
  return at <= 0 ? null : [email.slice(0, at), email.slice(at)];
}

function transliterate(local: string): string {
  return local
    .replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The address problems that have a suggestion. */
export type SuggestibleProblem = 'non-ascii-local' | 'special-character' | 'space' | 'double-dot' | 'dot-position' | 'formula-start';

const CHANGES: Readonly<Record<SuggestibleProblem, (email: string) => string>> = {
  'non-ascii-local': (e) => {
    const parts = splitAt(e);
    return parts ? transliterate(parts[0]) + parts[1] : e;
  },
  'special-character': (e) => e.replace(DASHES, '-'),
  space: (e) => e.replace(/\s+/g, ''),
  'double-dot': (e) => e.replace(/\.{2,}/g, '.'),
  'dot-position': (e) => e.replace(/^\.+|\.+(?=@)|(?<=@)\.+|\.+$/g, ''),
  'formula-start': (e) => e.replace(/^[=+-]+/, ''),
};

/** Which problems have a suggestion (the group offers "apply to all"). */
export function hasSuggestion(problem: EmailProblem): problem is SuggestibleProblem {
  return Object.hasOwn(CHANGES, problem);
}

/** The suggested address for `email` (as repaired by the check) removed for `problem`, or null. */
export function suggestEmail(email: string, problem: EmailProblem): string | null {
  if (!hasSuggestion(problem)) return null;
  const change = CHANGES[problem];
  const suggested = change(email);
  return suggested !== email && emailProblem(suggested) === null ? suggested : null;
}
