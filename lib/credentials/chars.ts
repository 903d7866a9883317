/**
 * Character classes and low-level string surgery for pasted values. Works on code points
 * (not UTF-16 units) so that an emoji or astral character counts as one character.
 */

/**
 * - `space`: U+0020.
 * - `tab`: U+0009.
 * - `line-break`: CR, LF, VT, FF, NEL, U+2028, U+2029.
 * - `unicode-space`: space separators other than U+0020 (NBSP, en/em/thin spaces, ideographic space…),
 *   which look like a space or like nothing.
 * - `format`: characters that render as nothing — zero-width space/joiners, word joiner, BOM,
 *   soft hyphen, bidi marks/embeddings/isolates, variation selectors, other control characters.
 * - `visible`: everything else.
 */
export type CharClass = 'space' | 'tab' | 'line-break' | 'unicode-space' | 'format' | 'visible';

// Code points instead of regex character classes: ESLint's no-control-regex forbids control characters in regexes.
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const UNICODE_SPACES = new Set([0xa0, 0x1680, 0x202f, 0x205f, 0x3000]);
const FORMAT_SINGLES = new Set([0xad, 0x061c, 0x180e, 0xfeff]);
const FORMAT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x2069], // bidi isolates
  [0xfe00, 0xfe0f], // variation selectors
];

export function classify(ch: string): CharClass {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x20) return 'space';
  if (c === 0x09) return 'tab';
  if (LINE_BREAKS.has(c)) return 'line-break';
  if (UNICODE_SPACES.has(c) || (c >= 0x2000 && c <= 0x200a)) return 'unicode-space';
  if (FORMAT_SINGLES.has(c) || FORMAT_RANGES.some(([lo, hi]) => c >= lo && c <= hi)) return 'format';
  return 'visible';
}

export const isBlank = (ch: string): boolean => classify(ch) !== 'visible';
/** Invisible in the sense of the `invisible-character` finding: renders as nothing or as an ordinary space. */
export const isInvisible = (ch: string): boolean => {
  const k = classify(ch);
  return k === 'format' || k === 'unicode-space';
};

/** Quote pairs a value may be wrapped in, including the German „…“ and the reversed guillemets »…«. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'], // “…”
  ['\u201D', '\u201D'], // ”…”
  ['\u201E', '\u201C'], // „…“
  ['\u201E', '\u201D'], // „…”
  ['\u2018', '\u2019'], // ‘…’
  ['\u2019', '\u2019'], // ’…’
  ['\u201A', '\u2018'], // ‚…‘
  ['\u00AB', '\u00BB'], // «…»
  ['\u00BB', '\u00AB'], // »…«
  ['\u2039', '\u203A'], // ‹…›
  ['\u203A', '\u2039'], // ›…‹
];
const STRAIGHT_QUOTES = new Set(['"', "'", '`']);
const TYPOGRAPHIC_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A', '\u201B', '\u00AB', '\u00BB', '\u2039', '\u203A', '\uFF02', '\uFF07']);

export const isTypographicQuote = (ch: string): boolean => TYPOGRAPHIC_QUOTES.has(ch);
export const isQuote = (ch: string): boolean => STRAIGHT_QUOTES.has(ch) || TYPOGRAPHIC_QUOTES.has(ch);

export const codePoints = (s: string): string[] => Array.from(s);

/** Index of the first/last character of real content (visible, not a quote), or -1. */
export function contentBounds(cps: readonly string[]): { first: number; last: number } {
  const isContent = (ch: string) => !isBlank(ch) && !isQuote(ch);
  return { first: cps.findIndex(isContent), last: cps.findLastIndex(isContent) };
}

/**
 * Indexes of quote characters that wrap the value, layer by layer (`"'abc'"` has two layers),
 * ignoring blanks between the layers.
 */
export function wrappingQuoteIndexes(cps: readonly string[]): Set<number> {
  const out = new Set<number>();
  let lo = cps.findIndex((ch) => !isBlank(ch));
  let hi = cps.findLastIndex((ch) => !isBlank(ch));
  while (lo >= 0 && lo < hi) {
    const open = cps[lo];
    const close = cps[hi];
    if (!QUOTE_PAIRS.some(([o, c]) => o === open && c === close)) break;
    out.add(lo).add(hi);
    do {
      lo++;
    } while (lo < hi && isBlank(cps[lo] ?? ''));
    do {
      hi--;
    } while (hi > lo && isBlank(cps[hi] ?? ''));
  }
  return out;
}

/** Removes the blanks at both ends (all classes, not only what `String.prototype.trim` knows). */
export function trimBlank(s: string): string {
  const cps = codePoints(s);
  const first = cps.findIndex((ch) => !isBlank(ch));
  if (first < 0) return '';
  return cps.slice(first, cps.findLastIndex((ch) => !isBlank(ch)) + 1).join('');
}

export const removeWhere = (s: string, drop: (ch: string, index: number) => boolean): string =>
  codePoints(s)
    .filter((ch, i) => !drop(ch, i))
    .join('');

/**
 * The value with everything stripped that can never belong to it: format characters, blanks at the
 * ends and wrapping quotes. Inner spaces and line breaks stay (they might separate two values).
 */
export function coreOf(raw: string): string {
  const cps = codePoints(removeWhere(raw, (ch) => classify(ch) === 'format'));
  const wrap = wrappingQuoteIndexes(cps);
  return trimBlank(cps.filter((_, i) => !wrap.has(i)).join(''));
}

/**
 * The core with every blank and typographic quote removed as well: what the value would be if all
 * paste debris were debris. Used to judge the value's shape, and whether joining is safe.
 */
export const compactOf = (raw: string): string => removeWhere(coreOf(raw), (ch) => isBlank(ch) || isTypographicQuote(ch));
