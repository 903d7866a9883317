import type { CsvEncoding } from './types';

/** Why a file is not a CSV: an Excel workbook (zip or the older OLE format) or other binary data. */
export type NotCsvKind = 'xlsx' | 'xls' | 'binary';

/** The outcome of {@link decodeCsvBytes}. */
export type DecodeResult =
  | { ok: true; text: string; encoding: CsvEncoding; /** true when UTF-8 failed and Windows-1252 was used */ fallback: boolean }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not-csv'; kind: NotCsvKind };

/** How many bytes / characters the binary heuristics look at. Enough to see a file's nature, cheap on 50 MB. */
const SNIFF = 4096;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Zip local file header (xlsx, ods, docx are all zips) and the empty-zip end record. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: Excel 97–2003 .xls. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Excel always writes a BOM for "Unicode text", but other tools do not. Plain-ASCII content in UTF-16 has a NUL
 * in every other byte, which we would otherwise call binary; recognise that pattern instead.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

/** Text with many control characters (other than tab, line breaks, form feed) is binary data that had no NUL. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) control++;
  }
  return control > 8 && control > n * 0.02;
}

/** True when the text is only whitespace (incl. a stray BOM), i.e. the file holds no data at all. */
function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xfeff && c !== 0xa0) return false;
  }
  return true;
}

/** What Windows-1252 puts at bytes 0x80–0x9F (WHATWG index); five bytes stay C1 controls there too. */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 decoding. Browsers do it right; Node since 20.18.3/22.13.0 decodes 'windows-1252' as Latin-1
 * (nodejs/node#60888), leaving € or „“ as C1 control characters. Mapping those afterwards costs one scan and
 * nothing where the decoder is correct, and keeps tests and browsers in agreement.
 */
function decodeCp1252(body: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(body);
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_C1[ch.charCodeAt(0) - 0x80]!) : text;
}

function decodeUtf8OrCp1252(body: Uint8Array, bom: boolean): { text: string; encoding: CsvEncoding; fallback: boolean } {
  try {
    // ignoreBOM: the BOM has already been cut off; a second one would be content and is trimmed later.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8', fallback: false };
  } catch {
    // Not UTF-8: German Excel's plain "CSV" is Windows-1252. Every byte sequence decodes, so this cannot fail.
    return { text: decodeCp1252(body), encoding: 'windows-1252', fallback: true };
  }
}

/**
 * Turns the file's bytes into text: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, else Windows-1252.
 * Workbooks, binary data and empty files are recognised here, before any parsing.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return { ok: false, reason: 'not-csv', kind: 'xlsx' };
  if (startsWith(bytes, OLE2)) return { ok: false, reason: 'not-csv', kind: 'xls' };

  let decoded: { text: string; encoding: CsvEncoding; fallback: boolean };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    // Non-fatal: an odd trailing byte or a lone surrogate becomes U+FFFD rather than losing the whole file.
    decoded = { text: new TextDecoder(encoding).decode(bytes), encoding, fallback: false };
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = decodeUtf8OrCp1252(bytes.subarray(3), true);
  } else {
    const utf16 = sniffUtf16WithoutBom(bytes);
    if (utf16) {
      decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, fallback: false };
    } else {
      // A NUL byte never occurs in a text CSV in a single-byte encoding or UTF-8 (indexOf is native and fast).
      if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'not-csv', kind: 'binary' };
      decoded = decodeUtf8OrCp1252(bytes, false);
    }
  }

  if (looksBinary(decoded.text)) return { ok: false, reason: 'not-csv', kind: 'binary' };
  if (decoded.encoding.startsWith('utf-16') && decoded.text.indexOf('\0') !== -1) {
    return { ok: false, reason: 'not-csv', kind: 'binary' };
  }
  if (isBlankText(decoded.text)) return { ok: false, reason: 'empty' };
  return { ok: true, ...decoded };
}
