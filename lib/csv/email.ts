/**
 * Practical e-mail syntax, as invite forms accept it, checked with one pass over the characters (no regex, so
 * no backtracking on long or hostile input):
 * - exactly one `@`, something before and after it, no whitespace anywhere;
 * - local part: ASCII letters, digits and ``!#$%&'*+/=?^_`{|}~-`` with single dots between them, at most 64
 *   characters; quoted local parts ("john doe"@x) are not accepted, nor non-ASCII (SMTPUTF8) local parts;
 *   a leading `=`, `+` or `-` is rejected because a spreadsheet would read the cell as a formula;
 * - domain: dot-separated labels of letters, digits, hyphens (not at a label's ends) or non-ASCII letters
 *   (internationalised domains), each at most 63 characters; IP literals are not accepted;
 * - top-level domain: at least two characters, letters only (or an `xn--` punycode label).
 * The overall 254-character limit is checked by the caller (it is reported as `field-too-long`).
 */

import { fastValid, isAsciiAlnum, isAsciiLetter, isSpaceLike, LOCAL_ALLOWED, MAX_LABEL_LENGTH, MAX_LOCAL_LENGTH } from './address';

/** Why an address is not valid. Each reason has a message in messages.ts. */
export type EmailProblem =
  | 'space'
  | 'no-at'
  | 'several-at'
  | 'missing-local'
  | 'missing-domain'
  | 'formula-start'
  | 'double-dot'
  | 'dot-position'
  | 'non-ascii-local'
  | 'special-character'
  | 'separator'
  | 'invisible'
  | 'lossy'
  | 'invalid-character'
  | 'local-too-long'
  | 'invalid-domain'
  | 'missing-tld'
  | 'invalid-tld';

/** The longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
export const MAX_EMAIL_LENGTH = 254;

function checkLocal(s: string, end: number): EmailProblem | null {
  if (end > MAX_LOCAL_LENGTH) return 'local-too-long';
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i === 0 || i === end - 1) return 'dot-position';
      if (s.charCodeAt(i - 1) === 46) return 'double-dot';
    } else if (c > 127) {
      // Umlauts and accents are letters; a dash, ellipsis or symbol is something else, with its own advice.
      return /\p{L}/u.test(String.fromCharCode(c)) ? 'non-ascii-local' : 'special-character';
    } else if (LOCAL_ALLOWED[c] !== 1) {
      return 'invalid-character';
    }
  }
  return null;
}

function checkDomain(s: string, start: number): EmailProblem | null {
  const end = s.length;
  let labelStart = start;
  let labels = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 46;
    if (c !== 46) {
      if (!(isAsciiAlnum(c) || c === 45 /* - */ || c > 127)) return 'invalid-domain';
      continue;
    }
    // End of a label.
    const len = i - labelStart;
    if (len === 0) {
      if (i === start || i === end) return 'dot-position';
      return 'double-dot';
    }
    if (len > MAX_LABEL_LENGTH) return 'invalid-domain';
    if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return 'invalid-domain';
    labels++;
    if (i < end) labelStart = i + 1;
  }
  if (labels < 2) return 'missing-tld';
  // The top-level domain is checked in place: no slice per address.
  const tldLength = end - labelStart;
  const punycode = (s.charCodeAt(labelStart) | 32) === 120 && (s.charCodeAt(labelStart + 1) | 32) === 110 && s.startsWith('--', labelStart + 2);
  if (punycode) return tldLength > 4 ? null : 'invalid-tld';
  if (tldLength < 2) return 'invalid-tld';
  for (let i = labelStart; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!(isAsciiLetter(c) || c > 127)) return 'invalid-tld';
  }
  return null;
}

/**
 * Checks an already trimmed, non-empty address. Returns null when valid, else the first problem found, in the
 * order a person would fix them.
 */
export function emailProblem(s: string): EmailProblem | null {
  return fastValid(s) ? null : classifyEmail(s);
}

/**
 * The precise check behind {@link emailProblem}, run only for addresses the fast pass did not accept.
 * Exported as the reference the fast pass is tested against: both must agree on every input.
 */
export function classifyEmail(s: string): EmailProblem | null {
  const first = s.charCodeAt(0);
  if (first === 61 /* = */ || first === 43 /* + */ || first === 45 /* - */) return 'formula-start';
  // Before the other checks: "a@x.de; b@y.de" is two addresses, whatever else is wrong with it.
  if (s.indexOf(';') !== -1 || s.indexOf(',') !== -1) return 'separator';
  if (s.indexOf('\ufffd') !== -1) return 'lossy';
  let at = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Zero-width and no-break spaces are invisible, not spaces a person could see and delete.
    if (isSpaceLike(c)) return c === 0xa0 || c === 0x202f || c === 0x2007 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff ? 'invisible' : 'space';
    if (c === 64 /* @ */) {
      if (at !== -1) return 'several-at';
      at = i;
    }
  }
  if (at === -1) return 'no-at';
  if (at === 0) return 'missing-local';
  if (at === s.length - 1) return 'missing-domain';
  return checkLocal(s, at) ?? checkDomain(s, at + 1);
}

/**
 * A loose test used only to tell data from a header row and to find the e-mail column by content:
 * something@something.something with no spaces. Deliberately looser than {@link emailProblem}, so a mistyped
 * address still marks its column.
 */
export function looksLikeEmail(s: string): boolean {
  if (s.length < 5 || s.length > 320) return false;
  const at = s.indexOf('@');
  if (at <= 0) return false;
  const dot = s.lastIndexOf('.');
  if (dot < at + 2 || dot === s.length - 1) return false;
  return s.indexOf(' ') === -1 || s.trim().indexOf(' ') === -1;
}
