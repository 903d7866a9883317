/**
 * What the first bytes and characters of a file say about it: workbook signatures, UTF-16 without BOM, binary
 * noise, blank text; and Windows-1252 decoding. Pure functions used by the streaming decoder (decode.ts).
 */

/** Why a file is not a CSV: an Excel workbook (zip or the older OLE format) or other binary data. */
export type NotCsvKind = 'xlsx' | 'xls' | 'binary';

/** How many bytes / characters the binary heuristics look at. Enough to see a file's nature, cheap on 50 MB. */
export const SNIFF = 4096;

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

/** How the bytes after the head are to be read, decided from the first {@link SNIFF} bytes. */
export type ByteMode =
  | { kind: 'workbook'; notCsv: 'xlsx' | 'xls' }
  | { kind: 'utf-16'; encoding: 'utf-16le' | 'utf-16be' }
  /** `bom`: a UTF-8 BOM (3 bytes) to skip. Strict UTF-8, else Windows-1252. */
  | { kind: 'utf-8'; bom: boolean };

/** BOM first (UTF-16 LE/BE, UTF-8), then workbook signatures, then UTF-16 without BOM, else UTF-8. */
export function sniffMode(head: Uint8Array): ByteMode {
  if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) return { kind: 'workbook', notCsv: 'xlsx' };
  if (startsWith(head, OLE2)) return { kind: 'workbook', notCsv: 'xls' };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'utf-16', encoding: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'utf-16', encoding: 'utf-16be' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: 'utf-8', bom: true };
  const utf16 = sniffUtf16WithoutBom(head);
  return utf16 ? { kind: 'utf-16', encoding: utf16 } : { kind: 'utf-8', bom: false };
}

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
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) control++;
  }
  return control > 8 && control > n * 0.02;
}

/** True when the text is only whitespace (incl. a stray BOM), i.e. it holds no data at all. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xfeff && c !== 0xa0) return false;
  }
  return true;
}

/** What Windows-1252 puts at bytes 0x80–0x9F (WHATWG index); five bytes stay C1 controls there too. */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

let cp1252: TextDecoder | undefined;

/**
 * Windows-1252 decoding, one byte per character, so any piece decodes on its own. Browsers do it right; Node
 * since 20.18.3/22.13.0 decodes 'windows-1252' as Latin-1 (nodejs/node#60888), leaving € or „“ as C1 control
 * characters. Mapping those afterwards costs one scan and nothing where the decoder is correct, and keeps tests
 * and browsers in agreement.
 */
export function decodeCp1252(body: Uint8Array): string {
  cp1252 ??= new TextDecoder('windows-1252');
  const text = cp1252.decode(body);
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_C1[ch.charCodeAt(0) - 0x80]!) : text;
}
