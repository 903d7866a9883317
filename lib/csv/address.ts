/**
 * The hot path of the address check: character classes, the one-pass validator that accepts the common
 * valid address (email.ts has the precise classifier behind it and the rules), and the address's hashes for
 * duplicate detection, computed in the same pass. Kept together because they run per character of every row:
 * one module, so nothing on that path goes through an import.
 */

/** Longest local part and domain label (RFC 5321). */
export const MAX_LOCAL_LENGTH = 64;
export const MAX_LABEL_LENGTH = 63;

/** ASCII digit or letter. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** 1 for each ASCII character allowed in a dot-atom local part (dot excluded): a table lookup per character. */
export const LOCAL_ALLOWED = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiAlnum(c)) LOCAL_ALLOWED[c] = 1;
for (const ch of "!#$%&'*+/=?^_`{|}~-") LOCAL_ALLOWED[ch.charCodeAt(0)] = 1;

/** ASCII letter. */
export function isAsciiLetter(c: number): boolean {
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

/** Classes of the ASCII characters for {@link fastValid}, as bit flags: one table lookup per character. */
const LOCAL = 1;
const LETTER = 2;
const DIGIT = 4;
const HYPHEN = 8;
const DOT = 16;
const AT = 32;
const ASCII_CLASS = new Uint8Array(128);
/** ASCII lower case, per character (the identity for all but A–Z). */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_FOLD[c] = c >= 65 && c <= 90 ? c | 32 : c;
  ASCII_CLASS[c] = (LOCAL_ALLOWED[c] === 1 ? LOCAL : 0) | (isAsciiLetter(c) ? LETTER : 0) | (c >= 48 && c <= 57 ? DIGIT : 0);
}
ASCII_CLASS[45] = LOCAL | HYPHEN; // '-'
ASCII_CLASS[46] = DOT; // '.'
ASCII_CLASS[64] = AT; // '@'


/**
 * One pass with table lookups that accepts the common valid address and nothing invalid. It may reject
 * rare valid forms (punycode top-level domains); those go to the precise classifier. Keeps the per-row cost
 * of a 10 MB file to one look at each character. Reads `s` from `start` to `end` (exclusive), so an address
 * can be checked where it stands in a line, without cutting it out; when it accepts, it has also hashed the
 * address as {@link addressHash} does ({@link validatedHash}, {@link secondHash}).
 *
 * Each character is classified by one lookup in {@link ASCII_CLASS} rather than a chain of comparisons: the
 * branches of a chain are taken at random along an address, and measured 1.5 × slower.
 */
export function fastValid(s: string, start = 0, end = s.length): boolean {
  let h = 0x811c9dc5 | 0;
  let g = end - start;
  let i = start;
  let afterDot = true; // a dot right at the start is as wrong as two in a row
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return false;
    const k = ASCII_CLASS[c]!;
    if ((k & LOCAL) !== 0) afterDot = false;
    else if (k === DOT) {
      if (afterDot) return false;
      afterDot = true;
    } else if (k === AT) break;
    else return false;
    const folded = ASCII_FOLD[c]!;
    h = Math.imul(h ^ folded, 0x01000193);
    g = (Math.imul(g, 0x5bd1e995) + folded) | 0;
  }
  const first = s.charCodeAt(start);
  if (i === start || i === end || i - start > MAX_LOCAL_LENGTH || afterDot || first === 61 || first === 43 || first === 45) return false;
  h = Math.imul(h ^ 64, 0x01000193);
  g = (Math.imul(g, 0x5bd1e995) + 64) | 0;
  let labelStart = i + 1;
  let dots = 0;
  /** The current label has a digit or hyphen: not a top-level domain. */
  let notLettersOnly = false;
  let prev = 46;
  for (i++; i < end; i++) {
    const c = s.charCodeAt(i);
    let folded = c;
    if (c < 128) {
      const k = ASCII_CLASS[c]!;
      if ((k & LETTER) !== 0) folded = ASCII_FOLD[c]!;
      else if ((k & (DIGIT | HYPHEN)) !== 0) {
        // A label never starts with a hyphen.
        if ((k & HYPHEN) !== 0 && i === labelStart) return false;
        notLettersOnly = true;
      } else if (k === DOT) {
        const length = i - labelStart;
        if (length === 0 || length > MAX_LABEL_LENGTH || prev === 45) return false;
        dots++;
        labelStart = i + 1;
        notLettersOnly = false;
      } else return false;
    } else if (isSpaceLike(c)) return false;
    else folded = foldNonAscii(c);
    prev = c;
    h = Math.imul(h ^ folded, 0x01000193);
    g = (Math.imul(g, 0x5bd1e995) + folded) | 0;
  }
  const last = end - labelStart;
  if (!(dots > 0 && !notLettersOnly && last >= 2 && last <= MAX_LABEL_LENGTH)) return false;
  lastFirstHash = h;
  lastSecondHash = g ^ (g >>> 15);
  return true;
}
