/**
 * Mixed line breaks. PapaParse ends records at one line break style, guessed from the start of the text; a
 * file concatenated from a Windows (CRLF), a Unix (LF) and an old Mac (CR) export has all three, and
 * everything after the first foreign break would run into one record. Records are separated by CRLF, LF or a
 * lone CR in any mix outside quoted values, so such a file is first rewritten with the breaks outside quoted
 * values turned into the guessed style; breaks inside quoted values are left as they are (Excel writes a
 * lone LF for a line break inside a cell, in CRLF files too).
 *
 * The common file, one style throughout, costs one native search per line break and is never rewritten:
 * there the reader stays exactly Papa.parse.
 */

export type Newline = '\r\n' | '\n' | '\r';

/** PapaParse guesses the line break style from the first megabyte of the text. */
export const NEWLINE_SAMPLE = 1024 * 1024;

/**
 * The line break style PapaParse guesses for `text` (its `guessLineEndings`, the `meta.linebreak` of a parse
 * without `newline`), without its copies: PapaParse removes every stretch between a quotation mark and the
 * next one, splits the rest at CR and at LF, and picks LF when there is no CR or an LF comes first, else CRLF
 * when at least half of the CR-separated parts start with an LF, else CR. Here the same counts come from
 * native searches over the first {@link NEWLINE_SAMPLE} characters: the CRs outside those stretches, those
 * followed by an LF (once the stretches are removed), and the first LF.
 */
export function guessNewline(text: string): Newline {
  const s = text.length > NEWLINE_SAMPLE ? text.slice(0, NEWLINE_SAMPLE) : text;
  let crs = 0;
  let crlfs = 0;
  let firstCr = -1;
  let firstLf = -1;
  // The next CR at or after the position read: each is searched for once, however many stretches there are.
  let cr = s.indexOf('\r');
  let lf = s.indexOf('\n');
  /** The character after position `i` once the stretches are removed; `open`: the next stretch's start. */
  const charAfter = (i: number, open: number): number => {
    while (i === open) {
      const close = s.indexOf('"', open + 1);
      if (close === -1) break;
      i = close + 1;
      open = s.indexOf('"', i);
    }
    return s.charCodeAt(i);
  };
  let from = 0;
  let open = s.indexOf('"');
  for (;;) {
    const close = open === -1 ? -1 : s.indexOf('"', open + 1);
    // An unpaired last quotation mark stays in the text, and so does everything after it.
    const end = close === -1 ? s.length : open;
    if (lf !== -1 && lf < from) lf = s.indexOf('\n', from);
    if (firstLf === -1 && lf !== -1 && lf < end) firstLf = lf;
    if (cr !== -1 && cr < from) cr = s.indexOf('\r', from);
    for (; cr !== -1 && cr < end; cr = s.indexOf('\r', cr + 1)) {
      crs++;
      if (firstCr === -1) firstCr = cr;
      if (charAfter(cr + 1, close === -1 ? -1 : open) === 10) crlfs++;
    }
    if (close === -1) break;
    from = close + 1;
    open = s.indexOf('"', from);
  }
  if (crs === 0 || (firstLf !== -1 && firstLf < firstCr)) return '\n';
  return crlfs >= (crs + 1) / 2 ? '\r\n' : '\r';
}

/** Whether any line break in the text (quoted or not) differs from `newline`. Native searches only. */
export function hasForeignBreaks(pieces: readonly string[], newline: Newline): boolean {
  if (newline === '\n') return pieces.some((p) => p.indexOf('\r') !== -1);
  if (newline === '\r') return pieces.some((p) => p.indexOf('\n') !== -1);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1] ?? '';
    for (let lf = p.indexOf('\n'); lf !== -1; lf = p.indexOf('\n', lf + 1)) {
      // An LF at the start of a piece may end a CRLF cut in two by the piece boundary.
      const before = lf > 0 ? p.charCodeAt(lf - 1) : i > 0 ? pieces[i - 1]!.charCodeAt(pieces[i - 1]!.length - 1) : -1;
      if (before !== 13) return true;
    }
    for (let cr = p.indexOf('\r'); cr !== -1; cr = p.indexOf('\r', cr + 1)) {
      const after = cr + 1 < p.length ? p.charCodeAt(cr + 1) : next.charCodeAt(0);
      if (after !== 10) return true;
    }
  }
  return false;
}

/**
 * The text with every line break outside quoted values (CRLF, LF or a lone CR) written as `newline`. Quoted
 * values follow PapaParse's reading: a value is quoted when a `"` opens it right at its start; `""` inside
 * is a quotation mark; it closes at a `"` followed (after optional spaces) by the delimiter, a line break or
 * the end, and an unclosed one runs to the end of the text.
 */
export function normaliseBreaks(text: string, delimiter: string, newline: Newline): string {
  const out: string[] = [];
  const length = text.length;
  const delim = delimiter.charCodeAt(0);
  let copied = 0;
  let at = 0;
  const isBreak = (c: number) => c === 13 || c === 10;
  // Next position of each character at or after `at`, searched again only once passed: linear in the text.
  let quote = -2;
  let cr = -2;
  let lf = -2;
  while (at < length) {
    if (quote !== -1 && quote < at) quote = text.indexOf('"', at);
    if (cr !== -1 && cr < at) cr = text.indexOf('\r', at);
    if (lf !== -1 && lf < at) lf = text.indexOf('\n', at);
    const brk = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
    if (quote !== -1 && (brk === -1 || quote < brk)) {
      const prev = quote === 0 ? -1 : text.charCodeAt(quote - 1);
      const opens = quote === 0 || prev === delim || isBreak(prev) || (quote === 1 && prev === 0xfeff);
      at = opens ? closingQuote(text, quote + 1, delim) : quote + 1;
      continue;
    }
    if (brk === -1) break;
    const width = text.charCodeAt(brk) === 13 && text.charCodeAt(brk + 1) === 10 ? 2 : 1;
    if (text.slice(brk, brk + width) !== newline) {
      out.push(text.slice(copied, brk), newline);
      copied = brk + width;
    }
    at = brk + width;
  }
  if (out.length === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Index just after the quoted value that starts at `from` (after its opening quote), or the text's end. */
function closingQuote(text: string, from: number, delim: number): number {
  for (;;) {
    const q = text.indexOf('"', from);
    if (q === -1) return text.length;
    if (text.charCodeAt(q + 1) === 34) {
      from = q + 2;
      continue;
    }
    let after = q + 1;
    while (after < text.length && text.charCodeAt(after) === 32) after++;
    const c = text.charCodeAt(after);
    if (after >= text.length || c === delim || c === 13 || c === 10) return after;
    from = q + 1;
  }
}
