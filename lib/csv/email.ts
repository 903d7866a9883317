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
  | 'invalid-character'
  | 'local-too-long'
  | 'invalid-domain'
  | 'missing-tld'
  | 'invalid-tld';

/** The longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const MAX_LABEL_LENGTH = 63;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** 1 for each ASCII character allowed in a dot-atom local part (dot excluded): a table lookup per character. */
const LOCAL_ALLOWED = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiAlnum(c)) LOCAL_ALLOWED[c] = 1;
for (const ch of "!#$%&'*+/=?^_`{|}~-") LOCAL_ALLOWED[ch.charCodeAt(0)] = 1;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whitespace as String.prototype.trim sees it, plus the zero-width characters that chat tools and PDFs insert. */
export function isSpaceLike(c: number): boolean {
  // Fast exit for the visible ASCII and Latin-1 characters that make up nearly every field.
  if (c > 32 && c < 0xa0) return false;
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function checkLocal(s: string, end: number): EmailProblem | null {
  if (end > MAX_LOCAL_LENGTH) return 'local-too-long';
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i === 0 || i === end - 1) return 'dot-position';
      if (s.charCodeAt(i - 1) === 46) return 'double-dot';
    } else if (c > 127) {
      return 'non-ascii-local';
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

/** Lower case for a non-ASCII UTF-16 unit (rare in addresses: only internationalised domains). */
function foldNonAscii(c: number): number {
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Second hash of the last {@link addressHash} or successful {@link fastValid} call. */
let lastSecondHash = 0;

/** The second hash that goes with the first one just returned or computed (see {@link addressHash}). */
export function secondHash(): number {
  return lastSecondHash;
}

/**
 * Two independent 32-bit hashes of the address `s.slice(start, end)` compared without regard to case (each
 * UTF-16 unit lower-cased): FNV-1a, returned, and a polynomial hash, then in {@link secondHash}. A module
 * variable rather than a pair object, so the hot path allocates nothing. {@link fastValid} computes the same
 * two as it validates, so the common address is read once; they live here, beside it, for that reason.
 */
export function addressHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  let g = end - start;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c > 127) c = foldNonAscii(c);
    h = Math.imul(h ^ c, 0x01000193);
    // An independent chain: the CPU runs both side by side.
    g = (Math.imul(g, 0x5bd1e995) + c) | 0;
  }
  lastSecondHash = g ^ (g >>> 15);
  return h;
}

/** First hash of the last successful {@link fastValid} call. */
let lastFirstHash = 0;

/** The first hash of the address the last successful {@link fastValid} call accepted (the second: {@link secondHash}). */
export function validatedHash(): number {
  return lastFirstHash;
}

/**
 * One pass with table lookups that accepts the common valid address and nothing invalid. It may reject
 * rare valid forms (punycode top-level domains); those go to the precise classifier. Keeps the per-row cost
 * of a 10 MB file to one look at each character. Reads `s` from `start` to `end` (exclusive), so an address
 * can be checked where it stands in a line, without cutting it out; when it accepts, it has also hashed the
 * address as {@link addressHash} does ({@link validatedHash}, {@link secondHash}).
 */
export function fastValid(s: string, start = 0, end = s.length): boolean {
  let h = 0x811c9dc5 | 0;
  let g = end - start;
  let i = start;
  let afterDot = true; // a dot right at the start is as wrong as two in a row
  for (; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c === 64) break;
    if (c === 46) {
      if (afterDot) return false;
      afterDot = true;
    } else if (c < 128 && LOCAL_ALLOWED[c] === 1) {
      afterDot = false;
      if (c >= 65 && c <= 90) c |= 32;
    } else {
      return false;
    }
    h = Math.imul(h ^ c, 0x01000193);
    g = (Math.imul(g, 0x5bd1e995) + c) | 0;
  }
  const first = s.charCodeAt(start);
  if (i === start || i === end || i - start > MAX_LOCAL_LENGTH || afterDot || first === 61 || first === 43 || first === 45) return false;
  h = Math.imul(h ^ 64, 0x01000193);
  g = (Math.imul(g, 0x5bd1e995) + 64) | 0;
  let labelLength = 0;
  let dots = 0;
  let lettersOnly = true;
  let prev = 46;
  for (i++; i < end; i++) {
    const c = s.charCodeAt(i);
    let folded = c;
    if (c === 46) {
      if (labelLength === 0 || labelLength > MAX_LABEL_LENGTH || prev === 45) return false;
      dots++;
      labelLength = 0;
      lettersOnly = true;
    } else if (c === 45) {
      if (labelLength === 0) return false;
      labelLength++;
      lettersOnly = false;
    } else if (isAsciiLetter(c)) {
      labelLength++;
      if (c <= 90) folded = c | 32;
    } else if (c > 127 && !isSpaceLike(c)) {
      labelLength++;
      folded = foldNonAscii(c);
    } else if (c >= 48 && c <= 57) {
      labelLength++;
      lettersOnly = false;
    } else {
      return false;
    }
    prev = c;
    h = Math.imul(h ^ folded, 0x01000193);
    g = (Math.imul(g, 0x5bd1e995) + folded) | 0;
  }
  if (!(dots > 0 && lettersOnly && labelLength >= 2 && labelLength <= MAX_LABEL_LENGTH)) return false;
  lastFirstHash = h;
  lastSecondHash = g ^ (g >>> 15);
  return true;
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
  let at = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceLike(c)) return 'space';
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
