import { checkText } from './check';
import { createTextDecodeStream, type TextDecodeStream } from './decode';
import { MAX_BYTES, MAX_FULL_BYTES, precheckSize } from './limits';
import { fatalResult, makeIssue } from './report';
import type { CsvCheck, CsvCheckOptions, CsvCheckResult, CsvIssue, CsvPartsResult, CsvStreamOptions } from './types';

/** The result with the cleaned file as one string, joined from its parts. */
export function joinResult({ report, cleanedParts, problemRows }: CsvPartsResult): CsvCheckResult {
  return { report, cleanedCsv: cleanedParts === null ? null : cleanedParts.join(''), problemRows };
}

/**
 * Starts a check fed in chunks, e.g. from a port that receives a file piece by piece.
 *
 * Memory: each chunk is decoded as it arrives and not kept, so the bytes never exist as a whole; finish()
 * parses the text window by window and returns the cleaned file in parts (see {@link checkText}). The worker
 * holds the text, the cleaned parts and the issues: about two copies of the file, never the bytes, the text
 * and all rows at once. Files whose declared size is
 * over {@link MAX_BYTES} are refused without decoding anything; if more bytes arrive than declared and the
 * total passes MAX_BYTES, the text is dropped and finish() reports `file-too-large`.
 */
export function createCsvCheck(options: CsvStreamOptions): CsvCheck {
  const { name, locale } = options;
  // A missing or nonsensical size costs nothing; a real one over the limit is refused at once.
  const declared = Number.isFinite(options.size) && options.size > 0 ? Math.floor(options.size) : 0;
  let decoder: TextDecodeStream | null = precheckSize(declared) === 'refuse' ? null : createTextDecodeStream();
  let length = 0;
  let state: 'open' | 'finished' | 'cancelled' = 'open';

  const finishParts = (): CsvPartsResult => {
    const size = Math.max(declared, length);
    if (!decoder) return { report: fatalResult(locale, { name, bytes: size }, 'file-too-large/refuse', { bytes: size, limit: MAX_BYTES }).report, cleanedParts: null, problemRows: [] };
    const fileIssues: CsvIssue[] = [];
    if (length > MAX_FULL_BYTES) {
      fileIssues.push(makeIssue(locale, 'file-too-large/warn', 'warning', null, null, { bytes: length, limit: MAX_FULL_BYTES }));
    }
    const decoded = decoder.finish();
    decoder = null;
    if (!decoded.ok) {
      const key = decoded.reason === 'empty' ? 'empty-file/empty' : (`not-csv/${decoded.kind}` as const);
      return { report: fatalResult(locale, { name, bytes: length, earlier: fileIssues }, key).report, cleanedParts: null, problemRows: [] };
    }
    if (decoded.fallback) fileIssues.push(makeIssue(locale, 'encoding-fallback', 'warning', null, null));
    return checkText(decoded.pieces, { name, bytes: length, locale, encoding: decoded.encoding, fileIssues });
  };

  return {
    push(chunk: Uint8Array): void {
      if (state !== 'open') throw new Error(`CSV check already ${state}`);
      length += chunk.length;
      if (!decoder) return;
      if (length > MAX_BYTES) {
        decoder = null;
        return;
      }
      decoder.push(chunk);
    },
    finish(): CsvPartsResult {
      if (state !== 'open') throw new Error(`CSV check already ${state}`);
      state = 'finished';
      return finishParts();
    },
    cancel(): void {
      if (state === 'open') state = 'cancelled';
      decoder = null;
    },
  };
}

/**
 * Checks a complete file held in memory.
 * @param bytes the file's bytes as read (any encoding: BOM, strict UTF-8, else Windows-1252)
 * @returns the report and, unless the file could not be checked, the cleaned CSV text
 */
export function checkCsv(bytes: Uint8Array, options: CsvCheckOptions): CsvCheckResult {
  const check = createCsvCheck({ ...options, size: bytes.length });
  check.push(bytes);
  return joinResult(check.finish());
}
