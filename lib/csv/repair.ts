/**
 * The safe repairs: changes that cannot alter who is invited, applied to every row without asking and
 * reported as fixes. What they undo is how addresses get into spreadsheets: pasted from Outlook or Teams
 * (`Anna Weiß <anna@example.com>`), copied from a link (`mailto:`), from chat tools and PDFs (zero-width and
 * no-break spaces), or through Word's AutoCorrect (typographic quotes).
 */

/** Characters that take no room: zero-width space, joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g;
/** No-break spaces: the ordinary one, the figure space, the narrow one. */
const NO_BREAK = /[\u00a0\u2007\u202f]/g;
/** Any of the two, for a quick test. */
export const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff\u00a0\u2007\u202f]/;

/** Typographic single quotes and primes Word puts in for `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
/** Pairs that wrap a whole value: straight, English and German typographic quotes, guillemets. */
const WRAPPERS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u201e', '\u201c'],
  ['\u201d', '\u201d'],
  ['\u00ab', '\u00bb'],
  ['\u00bb', '\u00ab'],
  ["'", "'"],
  ['\u2018', '\u2019'],
  ['\u201a', '\u2018'],
];

/** Which safe repair changed an e-mail value. Each has its own message. */
export type EmailRepair = 'mailto' | 'display-name' | 'quotes';

/**
 * A value with invisible characters dealt with: zero-width ones removed, no-break spaces removed (in an
 * address, where no space belongs) or turned into ordinary spaces (in a name, where they separate words).
 */
export function removeInvisible(value: string, inAddress: boolean): string {
  if (!INVISIBLE.test(value)) return value;
  return value.replace(ZERO_WIDTH, '').replace(NO_BREAK, inAddress ? '' : ' ');
}

function unwrap(s: string): string {
  for (const [open, close] of WRAPPERS) {
    if (s.length > 2 && s.startsWith(open) && s.endsWith(close)) return s.slice(open.length, s.length - close.length).trim();
  }
  return s;
}

/** `Anna Weiß <anna@example.com>` or `<anna@example.com>`: the part in angle brackets, else null. */
function angleAddress(s: string): string | null {
  if (s.charCodeAt(s.length - 1) !== 62 /* > */) return null;
  const open = s.lastIndexOf('<');
  if (open === -1) return null;
  const inner = s.slice(open + 1, -1).trim();
  return inner.length > 0 && inner.indexOf('<') === -1 && inner.indexOf('@') !== -1 ? inner : null;
}

/**
 * The safe repairs of a trimmed e-mail value whose invisible characters are already removed, in the order
 * they are undone: quotes around it or typographic apostrophes in it, then the display name, then `mailto:`
 * (with a `?subject=…` after the address). Returns the value unchanged, and no repairs, when none applies.
 */
export function repairEmail(value: string): { email: string; repairs: EmailRepair[] } {
  const repairs: EmailRepair[] = [];
  let s = value;
  const straight = unwrap(s).replace(SINGLE_QUOTES, "'");
  if (straight !== s) {
    repairs.push('quotes');
    s = straight;
  }
  const inner = angleAddress(s);
  if (inner !== null) {
    repairs.push('display-name');
    s = unwrap(inner);
  }
  if (s.length > 7 && s.slice(0, 7).toLowerCase() === 'mailto:') {
    repairs.push('mailto');
    s = s.slice(7).trim();
    const query = s.indexOf('?');
    if (query > s.indexOf('@')) s = s.slice(0, query);
  }
  return { email: s, repairs };
}

/**
 * `Y?lmaz`, `M�ller`: a question mark between two letters, or the replacement character, where a lossy
 * encoding (a list saved as ASCII or through the wrong code page) lost a letter.
 */
const LOSSY = /\ufffd|\p{L}\?\p{L}/u;

/** Whether a name-like value shows the marks of a lossy conversion (see {@link LOSSY}). */
export function looksLossy(value: string): boolean {
  return (value.indexOf('?') !== -1 || value.indexOf('\ufffd') !== -1) && LOSSY.test(value);
}
