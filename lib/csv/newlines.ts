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

type Newline = '\r\n' | '\n' | '\r';

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
