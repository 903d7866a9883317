import Papa from 'papaparse';
import { firstChars } from './decode';
import { guessNewline, hasForeignBreaks, NEWLINE_SAMPLE, normaliseBreaks } from './newlines';
import { splitQuotedLine } from './quoted';

/**
 * Characters parsed at least at once. The port's chunks decode to pieces larger than this that end after a
 * line break, so a window is usually one piece as it is, not a copy.
 */
const WINDOW = 64 * 1024;
/** Most records handed to PapaParse at once when quoted records follow each other. */
const MAX_BATCH = 1024;

/** See {@link readRecords}. */
export interface ReadOptions {
  window?: number;
  release?: () => boolean;
}

/** Receives the records in order; `index` is the 0-based record number. */
export interface RecordSink {
  /**
   * A record split by PapaParse. `unclosed` marks the record whose quotation mark was never closed (PapaParse
   * then reads the rest of the file as one value).
   */
  record(fields: string[], index: number, unclosed: boolean): void;
  /**
   * A record on one line without quotation marks: `text.slice(start, end)`. Its fields are exactly that line
   * split at the delimiter, which is what PapaParse would return; the sink may split it itself or look at the
   * characters in place. `plain`: the line holds no CR, LF or BOM either (the characters a CSV writer quotes).
   */
  line(text: string, start: number, end: number, index: number, plain: boolean): void;
}

/**
 * Splits text held in pieces into records exactly as `Papa.parse(text, { delimiter })` would, without ever
 * holding all records, and mostly without PapaParse: a line without quotation marks is a record of its own
 * whose fields are the line split at the delimiter (PapaParse does nothing else with it), so it goes to the sink
 * as a line, untouched. A line with quoted values written the regular way is split by {@link splitQuotedLine};
 * from any other line with a quotation mark on, PapaParse's own parser reads the records.
 *
 * The text is read in windows; what follows the last complete record of a window is carried into the next.
 * A record is only complete once its line break (or closing quote and delimiter) is seen, so a window
 * boundary never changes a record. As in Papa.parse, the line break style is guessed once from the first
 * megabyte and a leading BOM is dropped. Line breaks of another style outside quoted values end records too:
 * such a text is rewritten to the guessed style first (newlines.ts; the text in `pieces` is replaced). A final line break ends the last record and starts no new one.
 *
 * fastMode is off on purpose: on quote-free text Papa would otherwise split lines and fields with
 * String.split, which measured ~1.5x slower than its regular scanner on a 10 MB file.
 *
 * @param options.window characters parsed at once (smaller in tests, to cross many window boundaries)
 * @param options.release asked once per window; when it says yes, the pieces read so far are dropped from
 *   `pieces` (set to ''), so the text is let go as it is read instead of at the end
 * @returns the number of records
 */
export function readRecords(pieces: string[], delimiter: string, sink: RecordSink, options: ReadOptions = {}): number {
  const window = options.window ?? WINDOW;
  let released = 0;
  const bom = pieces.length > 0 && pieces[0]!.charCodeAt(0) === 0xfeff ? 1 : 0;
  const config = { delimiter, quoteChar: '"', escapeChar: '"', fastMode: false };
  const head = firstChars(pieces, NEWLINE_SAMPLE + bom).slice(bom);
  const newline = guessNewline(head);
  // A mix of line break styles (concatenated exports) is rewritten to the guessed one first, see newlines.ts.
  if (hasForeignBreaks(pieces, newline)) pieces.splice(0, pieces.length, normaliseBreaks(pieces.join(''), delimiter, newline));
  const papa = (input: string, preview: number, ignoreLastRow: boolean) =>
    new Papa.Parser({ ...config, newline, preview }).parse(input, 0, ignoreLastRow) as Papa.ParseResult<string[]>;

  let count = 0;
  let waiting: string[] = [];
  let chars = 0;
  let carried = 0;
  for (let i = 0; i <= pieces.length; i++) {
    const final = i === pieces.length;
    if (!final) {
      const piece = i === 0 && bom === 1 ? pieces[0]!.slice(1) : pieces[i]!;
      waiting.push(piece);
      chars += piece.length;
      // Wait for a full window, and for twice what was carried, so a value spanning many windows (an unclosed
      // quote) is not parsed again and again: each character is scanned a bounded number of times. A short
      // piece that ends a line (the decoder's piece for a line cut by a chunk boundary) is read on its own:
      // joining it to the next piece would copy that whole piece.
      if ((chars < window && !endsLine(piece)) || chars < 2 * carried) continue;
    }
    // join, not +=: a flat string, where a concatenation would be a rope read through an indirection.
    const text = waiting.length === 1 ? waiting[0]! : waiting.join('');
    if (options.release?.()) for (; released < Math.min(i + 1, pieces.length); released++) pieces[released] = '';
    const length = text.length;
    let at = 0;
    // Next position of each character of interest at or after `at`, or -1: each is searched for once per
    // occurrence, so lines are classified without a scan of their own.
    let quote = text.indexOf('"');
    let bomAt = text.indexOf('\ufeff');
    let cr = text.indexOf('\r');
    let lf = text.indexOf('\n');
    let batch = 1;
    while (at < length) {
      if (cr !== -1 && cr < at) cr = text.indexOf('\r', at);
      if (lf !== -1 && lf < at) lf = text.indexOf('\n', at);
      // For CRLF files the two searches usually find the line break itself: no third search for it.
      const end = newline === '\r\n' && cr !== -1 && lf === cr + 1 ? cr : newline === '\n' ? lf : newline === '\r' ? cr : text.indexOf(newline, at);
      if (end === -1 && !final) break;
      const lineEnd = end === -1 ? length : end;
      const next = end === -1 ? length : end + newline.length;
      if (quote !== -1 && quote < at) quote = text.indexOf('"', at);
      if (quote === -1 || quote >= lineEnd) {
        if (bomAt !== -1 && bomAt < at) bomAt = text.indexOf('\ufeff', at);
        const plain = (cr === -1 || cr >= lineEnd) && (lf === -1 || lf >= lineEnd) && (bomAt === -1 || bomAt >= lineEnd);
        sink.line(text, at, lineEnd, count++, plain);
        batch = 1;
        at = next;
        continue;
      }
      const fields = splitQuotedLine(text, at, lineEnd, delimiter);
      if (fields) {
        sink.record(fields, count++, false);
        batch = 1;
        at = next;
        continue;
      }
      // A quotation mark: PapaParse reads from here, more records at once while quoted lines follow each other.
      // It keeps an incomplete last record back; at the end of the text that is the record running to the end
      // (an unclosed quote, or no final line break), read on its own.
      const rest = at === 0 ? text : text.slice(at);
      let result = papa(rest, batch, true);
      if (result.data.length === 0) {
        if (!final) break;
        result = papa(rest, 1, false);
      }
      const unclosed = result.errors.find((e) => e.code === 'MissingQuotes')?.row ?? -1;
      const rows = result.data;
      for (let r = 0; r < rows.length; r++) sink.record(rows[r]!, count++, r === unclosed);
      at += result.meta.cursor;
      batch = Math.min(batch * 2, MAX_BATCH);
    }
    if (final) break;
    const carry = text.slice(at);
    waiting = carry.length === 0 ? [] : [carry];
    chars = carried = carry.length;
  }
  return count;
}

/** Whether the text's last character is a line break (CR or LF). */
function endsLine(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 10 || c === 13;
}
