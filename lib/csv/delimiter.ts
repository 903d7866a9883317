import { emailProblem } from './email';
import type { CsvDelimiter } from './types';

/**
 * Candidates in tie-break order. The comma comes last although it is the standard: it is by far the most
 * likely of the four to occur inside values ("Müller, Hans", "Vertrieb, Nord"), so when a semicolon or tab
 * file has as many commas per line as delimiters, the comma must not win. That tie is where PapaParse's own
 * guess goes wrong.
 */
export const DELIMITERS: readonly CsvDelimiter[] = ['\t', ';', '|', ','];

/**
 * Only the start of the file is sampled; the first lines decide, and this keeps detection O(1) in file size.
 * Callers holding the text in pieces pass its first SAMPLE_CHARS + 1 characters: that one more tells a cut
 * sample from a whole file.
 */
export const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

interface SampledRecord {
  text: string;
  /** Occurrences outside double quotes, per candidate in {@link DELIMITERS} order. */
  counts: number[];
}

/**
 * Cuts the first records out of the text and counts each candidate outside double quotes. Quotes simply
 * toggle the state: a doubled quote inside a quoted field toggles twice and so changes nothing. Truly empty
 * lines carry no evidence and are skipped; lines of bare delimiters (";;;", Excel's blank rows) count.
 */
function sampleRecords(text: string): SampledRecord[] {
  const end = Math.min(text.length, SAMPLE_CHARS);
  const records: SampledRecord[] = [];
  let counts = [0, 0, 0, 0];
  let start = 0;
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
      if (hasContent) records.push({ text: text.slice(start, i), counts });
      counts = [0, 0, 0, 0];
      start = i + 1;
      hasContent = false;
    } else {
      const k = c === 9 ? 0 : c === 59 ? 1 : c === 124 ? 2 : c === 44 ? 3 : -1;
      if (k >= 0) counts[k]!++;
      if (c > 32) hasContent = true;
    }
  }
  // The last record counts only when the whole file was read; a sample cut mid-record would skew the counts.
  if (hasContent && (i >= text.length || records.length === 0)) records.push({ text: text.slice(start, i), counts });
  return records;
}

/** True when splitting the record at `delimiter` isolates a valid e-mail address as one field. */
function isolatesEmail(record: string, delimiter: string): boolean {
  for (const raw of record.split(delimiter)) {
    let field = raw.trim();
    if (field.length > 1 && field.startsWith('"') && field.endsWith('"')) field = field.slice(1, -1).trim();
    if (field.includes('@') && emailProblem(field) === null) return true;
  }
  return false;
}

/**
 * Picks the delimiter. Candidates must occur in most records (the most frequent per-record count, the mode,
 * is at least 1). Among them, in order of importance:
 * 1. the one that splits off a valid e-mail address as a field in the most records — the one column every
 *    upload has is the best witness of where fields really end;
 * 2. the most consistent: the largest share of records having exactly the mode count;
 * 3. the order of {@link DELIMITERS}.
 * A file with no candidate at all (a single column of addresses) is comma-separated.
 *
 * We do this ourselves and pass the result to PapaParse, whose guess prefers a comma that appears in the
 * values of a semicolon file.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const records = sampleRecords(text);
  let best: CsvDelimiter = ',';
  let bestHits = -1;
  let bestScore = 0;
  DELIMITERS.forEach((delimiter, k) => {
    const freq = new Map<number, number>();
    for (const r of records) freq.set(r.counts[k]!, (freq.get(r.counts[k]!) ?? 0) + 1);
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
    let hits = 0;
    for (const r of records) if (isolatesEmail(r.text, delimiter)) hits++;
    if (hits > bestHits || (hits === bestHits && score > bestScore)) {
      best = delimiter;
      bestHits = hits;
      bestScore = score;
    }
  });
  return best;
}
