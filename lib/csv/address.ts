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
