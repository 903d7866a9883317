import type { CsvDelimiter } from './types';

/** Candidates in tie-break order: comma is the standard, semicolon is German Excel, tab is Excel "Unicode text". */
export const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/** Only the start of the file is sampled; the first lines decide, and this keeps detection O(1) in file size. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/**
 * Counts each candidate per record, outside double quotes, over the first records. Quotes simply toggle the
 * state: a doubled quote inside a quoted field toggles twice and so changes nothing.
 */
function countPerRecord(text: string): number[][] {
  const end = Math.min(text.length, SAMPLE_CHARS);
  const records: number[][] = [];
  let counts = [0, 0, 0, 0];
  let hasContent = false;
  let inQuotes = false;
  let i = 0;
  for (; i < end && records.length < SAMPLE_RECORDS; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      inQuotes = !inQuotes;
      hasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (c === 10 || c === 13) {
      // Truly empty lines carry no evidence; lines of bare delimiters (";;;", Excel's blank rows) do.
      if (hasContent) records.push(counts);
      counts = [0, 0, 0, 0];
      hasContent = false;
    } else {
      const k = c === 44 ? 0 : c === 59 ? 1 : c === 9 ? 2 : c === 124 ? 3 : -1;
      if (k >= 0) counts[k]!++;
      if (c > 32) hasContent = true;
    }
  }
  // The last record counts only when the whole file was read; a sample cut mid-record would skew the counts.
  if (hasContent && (i >= text.length || records.length === 0)) records.push(counts);
  return records;
}

/**
 * Picks the delimiter whose per-record count is most consistent: for each candidate the most frequent count
 * (mode) must be at least 1, and the share of records having exactly that count is its score. Ties go to the
 * larger mode (more columns), then to the order of {@link DELIMITERS}. A file with no candidate at all (a single
 * column of addresses) is comma-separated.
 *
 * We do this ourselves because PapaParse's guess prefers a comma that appears in fields of a semicolon file.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const records = countPerRecord(text);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  let bestMode = 0;
  DELIMITERS.forEach((delimiter, k) => {
    const freq = new Map<number, number>();
    for (const counts of records) {
      const n = counts[k]!;
      freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    let mode = 0;
    let modeFreq = 0;
    for (const [n, f] of freq) {
      if (f > modeFreq || (f === modeFreq && n > mode)) {
        mode = n;
        modeFreq = f;
      }
    }
    if (mode === 0) return;
    const score = modeFreq / records.length;
    if (score > bestScore || (score === bestScore && mode > bestMode)) {
      best = delimiter;
      bestScore = score;
      bestMode = mode;
    }
  });
  return best;
}
