import { decodeCp1252, isBlankText, looksBinary, sniffMode, SNIFF, type ByteMode, type NotCsvKind } from './sniff';
import type { CsvEncoding } from './types';

export type { NotCsvKind } from './sniff';

/** The outcome of a decode: the text as the pieces it was decoded in, or why there is no text. */
export type DecodedPieces =
  | { ok: true; pieces: string[]; encoding: CsvEncoding; /** true when UTF-8 failed and Windows-1252 was used */ fallback: boolean }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not-csv'; kind: NotCsvKind };

/** Turns bytes into text as they arrive. */
export interface TextDecodeStream {
  /** Decodes what it can of the chunk at once; the chunk is not kept. */
  push(chunk: Uint8Array): void;
  finish(): DecodedPieces;
}

const encoder = new TextEncoder();

/**
 * Decodes a file piece by piece: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, else Windows-1252.
 * Workbooks, binary data and empty files are recognised too. The same text as decoding the whole file at once,
 * without ever holding the file's bytes: only the first {@link SNIFF} bytes wait, until the encoding is known.
 *
 * Whether a file is UTF-8 is only certain at its last byte. When a byte sequence turns out invalid, the text
 * decoded so far is turned back into its bytes (valid UTF-8 round-trips exactly through TextEncoder) and
 * decoded again as Windows-1252: a rare, one-time cost instead of keeping a copy of every file's bytes.
 */
export function createTextDecodeStream(): TextDecodeStream {
  const pieces: string[] = [];
  let head: Uint8Array | null = new Uint8Array(SNIFF);
  let headLength = 0;
  let mode: ByteMode | null = null;
  let total = 0;
  let utf16: TextDecoder | null = null;
  let utf8: TextDecoder | null = null;
  let fallback = false;
  let hasNul = false;
  /** UTF-8 bytes fed before the current chunk, and the last three of them (the decoder may hold up to three). */
  let fed = 0;
  const recent = new Uint8Array(3);

  const remember = (bytes: Uint8Array): void => {
    if (bytes.length >= 3) {
      recent.set(bytes.subarray(bytes.length - 3));
    } else {
      recent.copyWithin(0, bytes.length);
      recent.set(bytes, 3 - bytes.length);
    }
    fed += bytes.length;
  };

  /** Re-reads everything fed so far plus `rest` as Windows-1252. */
  const fallBack = (rest: Uint8Array): void => {
    flushTail();
    let represented = 0;
    for (let i = 0; i < pieces.length; i++) {
      const bytes = encoder.encode(pieces[i]!);
      represented += bytes.length;
      pieces[i] = decodeCp1252(bytes);
    }
    const held = fed - represented;
    fallback = true;
    if (held > 0) addChecked(decodeCp1252(recent.subarray(3 - held)));
    addChecked(decodeCp1252(rest));
    utf8 = null;
  };

  /** Decoded text after the last line break, held back until the next piece (see {@link add}). */
  let tail = '';
  /**
   * Keeps decoded text as pieces that end after a line break, so a record rarely spans two of them: the
   * parser then reads each piece as it is (no copy), and the cleaned file can reuse its unchanged lines.
   * The line cut by a chunk boundary becomes a small piece of its own (the held-back tail and the chunk's
   * text up to its first line break): joining the tail to the whole chunk would copy every chunk once more.
   */
  const add = (text: string): void => {
    if (text.length === 0) return;
    const cut = afterLastBreak(text);
    if (cut === 0) {
      tail += text;
      return;
    }
    let from = 0;
    if (tail.length > 0) {
      from = afterFirstBreak(text);
      // join, not +: one flat string, not a rope.
      pieces.push([tail, text.slice(0, from)].join(''));
    }
    if (from < cut) pieces.push(from === 0 && cut === text.length ? text : text.slice(from, cut));
    tail = text.slice(cut);
  };
  /** {@link add} for decoded single-byte or UTF-8 text: a NUL character never occurs in a text CSV there. */
  const addChecked = (text: string): void => {
    // Searched in the text, not the bytes: String#indexOf is a native scan many times faster than Uint8Array's.
    if (mode !== null && mode.kind === 'utf-8' && !mode.bom && text.indexOf('\0') !== -1) {
      hasNul = true;
      pieces.length = 0;
      tail = '';
      return;
    }
    add(text);
  };
  const flushTail = (): void => {
    if (tail.length > 0) pieces.push(tail);
    tail = '';
  };

  const feed = (bytes: Uint8Array): void => {
    if (mode === null || mode.kind === 'workbook' || hasNul) return;
    if (mode.kind === 'utf-16') return add(utf16!.decode(bytes, { stream: true }));
    if (fallback) return addChecked(decodeCp1252(bytes));
    try {
      addChecked(utf8!.decode(bytes, { stream: true }));
      remember(bytes);
    } catch {
      fallBack(bytes);
    }
  };

  /** Decides the encoding from the head and decodes it. */
  const start = (): void => {
    const bytes = head!.subarray(0, headLength);
    head = null;
    mode = sniffMode(bytes);
    if (mode.kind === 'utf-16') utf16 = new TextDecoder(mode.encoding);
    // ignoreBOM: the BOM is cut off here; a second one would be content and is trimmed later.
    if (mode.kind === 'utf-8') utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    feed(mode.kind === 'utf-8' && mode.bom ? bytes.subarray(3) : bytes);
  };

  return {
    push(chunk) {
      total += chunk.length;
      if (head) {
        const take = Math.min(chunk.length, SNIFF - headLength);
        head.set(chunk.subarray(0, take), headLength);
        headLength += take;
        if (headLength < SNIFF) return;
        start();
        chunk = chunk.subarray(take);
      }
      feed(chunk);
    },
    finish() {
      if (total === 0) return { ok: false, reason: 'empty' };
      if (head) start();
      const m = mode!;
      if (m.kind === 'workbook') return { ok: false, reason: 'not-csv', kind: m.notCsv };
      if (hasNul) return { ok: false, reason: 'not-csv', kind: 'binary' };
      if (utf16) add(utf16.decode());
      if (utf8) {
        try {
          addChecked(utf8.decode());
        } catch {
          fallBack(new Uint8Array(0));
        }
      }
      flushTail();
      if (looksBinary(firstChars(pieces, SNIFF))) return { ok: false, reason: 'not-csv', kind: 'binary' };
      if (m.kind === 'utf-16' && pieces.some((p) => p.indexOf('\0') !== -1)) return { ok: false, reason: 'not-csv', kind: 'binary' };
      if (pieces.every(isBlankText)) return { ok: false, reason: 'empty' };
      const encoding: CsvEncoding = fallback ? 'windows-1252' : m.kind === 'utf-16' ? m.encoding : m.bom ? 'utf-8-bom' : 'utf-8';
      return { ok: true, pieces, encoding, fallback };
    },
  };
}

/** Index just after the last LF, or after the last CR unless it ends the text (an LF may follow); 0 if none. */
function afterLastBreak(text: string): number {
  const lf = text.lastIndexOf('\n');
  if (lf !== -1) return lf + 1;
  const cr = text.lastIndexOf('\r');
  return cr !== -1 && cr < text.length - 1 ? cr + 1 : 0;
}

/**
 * Index just after the first line break (CRLF as one), for text that has one that {@link afterLastBreak}
 * counts: a CR at the very end may be the first half of a CRLF and is only counted when a break precedes it.
 */
function afterFirstBreak(text: string): number {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf + 1;
  return text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
}

/** The first `n` characters of the text held in pieces (fewer when it is shorter). */
export function firstChars(pieces: readonly string[], n: number): string {
  let text = '';
  for (let i = 0; i < pieces.length && text.length < n; i++) text += pieces[i];
  return text.length > n ? text.slice(0, n) : text;
}

/** The outcome of {@link decodeCsvBytes}. */
export type DecodeResult =
  | { ok: true; text: string; encoding: CsvEncoding; fallback: boolean }
  | Exclude<DecodedPieces, { ok: true }>;

/** Decodes a whole file into one string (see {@link createTextDecodeStream}); for tests and small inputs. */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  const stream = createTextDecodeStream();
  stream.push(bytes);
  const result = stream.finish();
  if (!result.ok) return result;
  return { ok: true, text: result.pieces.join(''), encoding: result.encoding, fallback: result.fallback };
}
