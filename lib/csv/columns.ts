import { isSpaceLike } from './address';
import { looksLikeEmail } from './email';
import type { CsvColumn, FieldKey } from './types';

/** The header each recognised column gets in the cleaned file, in output order. */
export const OUTPUT_HEADERS: Readonly<Record<FieldKey, string>> = {
  email: 'Email',
  firstName: 'First Name',
  lastName: 'Last Name',
  team: 'Team',
};
export const FIELD_ORDER: readonly FieldKey[] = ['email', 'firstName', 'lastName', 'team'];

/**
 * Header synonyms, English and German, compared after {@link normaliseHeader}. "E-Mail-Adresse" is what German
 * Excel templates and the German Marketo docs use; "Mail" is a common short form.
 */
const SYNONYMS: ReadonlyMap<string, FieldKey> = new Map<string, FieldKey>([
  ['email', 'email'],
  ['emailadresse', 'email'],
  ['emailaddress', 'email'],
  ['mail', 'email'],
  ['firstname', 'firstName'],
  ['vorname', 'firstName'],
  ['lastname', 'lastName'],
  ['nachname', 'lastName'],
  ['team', 'team'],
]);

/** Lower case without spaces, hyphens, underscores or dots: "E-Mail Address" → "emailaddress". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s\-_.\u00a0\ufeff]+/g, '');
}

/** The field a header names, or null. */
export function fieldForHeader(header: string): FieldKey | null {
  return SYNONYMS.get(normaliseHeader(header)) ?? null;
}

/** Trims whitespace and zero-width characters from both ends; returns the same string when nothing changes. */
export function trimField(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceLike(s.charCodeAt(start))) start++;
  while (end > start && isSpaceLike(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** `,` `;` `|`: delimiters (tab is space-like anyway). */
function isDelimiterChar(c: number): boolean {
  return c === 44 || c === 59 || c === 124;
}

/**
 * True for a field of nothing but whitespace and delimiter characters: empty, spaces, or the `;;;;` of a row
 * of empty cells saved with another delimiter than the rest of the file. Such a row is blank, not an error.
 * Fast path: most fields start with a letter or digit.
 */
export function isBlankField(s: string): boolean {
  if (s.length === 0) return true;
  const first = s.charCodeAt(0);
  if (!isSpaceLike(first) && !isDelimiterChar(first)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpaceLike(c) && !isDelimiterChar(c)) return false;
  }
  return true;
}

/** Number of fields up to the last non-blank one: trailing delimiters (Excel pads rows) do not count. */
export function effectiveWidth(record: readonly string[]): number {
  let n = record.length;
  while (n > 0 && isBlankField(record[n - 1]!)) n--;
  return n;
}

/** How the file's columns were understood. Column positions here are 0-based; the report adds 1. */
export type Layout =
  | {
      ok: true;
      hasHeader: boolean;
      /** 0-based record index of the header row, or null. */
      headerIndex: number | null;
      /** Number of columns: the header's effective width, or the widest record in a file without header. */
      width: number;
      /** 0-based column of each recognised field. */
      fields: Partial<Record<FieldKey, number>>;
      columns: CsvColumn[];
    }
  | { ok: false; reason: 'empty' | 'header-only' | 'no-email-column'; hasHeader: boolean | null; columns: CsvColumn[] };

/** Sample size for finding the e-mail column by content. */
const CONTENT_SAMPLE = 100;

/** 0-based column (below `width`) holding the most e-mail-looking values in the sampled records, with its count. */
function emailColumnByContent(records: readonly string[][], from: number, width: number): { col: number; hits: number; sampled: number } {
  const hits = new Array<number>(width).fill(0);
  let sampled = 0;
  for (let i = from; i < records.length && sampled < CONTENT_SAMPLE; i++) {
    const rec = records[i]!;
    if (effectiveWidth(rec) === 0) continue;
    sampled++;
    for (let c = 0; c < width && c < rec.length; c++) if (looksLikeEmail(trimField(rec[c]!))) hits[c]!++;
  }
  let col = -1;
  let best = 0;
  hits.forEach((h, c) => {
    if (h > best) {
      best = h;
      col = c;
    }
  });
  return { col, hits: best, sampled };
}

/** The columns of a file without header row: numbered, one of them the e-mail column. */
export function noHeaderColumns(width: number, emailCol: number): CsvColumn[] {
  const columns: CsvColumn[] = [];
  for (let c = 0; c < width; c++) columns.push({ index: c + 1, header: null, mapsTo: c === emailCol ? 'email' : null });
  return columns;
}

/**
 * Records {@link detectLayout} needs to decide: the first non-blank one (header or data) and the sample of
 * e-mail-looking values after it. Detection on the records up to this many non-blank ones gives the same
 * answer as on the whole file, except the width of a file without header (the widest record anywhere).
 */
export const LAYOUT_RECORDS = CONTENT_SAMPLE + 1;

/**
 * Finds the header row (or decides there is none) and maps the columns.
 * The first non-blank record is the header unless one of its fields looks like an e-mail address. Without a
 * header, the e-mail column is the one with the most e-mail-looking values. With a header whose names we do not
 * recognise, a column where most sampled values look like e-mail addresses is taken as the e-mail column.
 */
export function detectLayout(records: readonly string[][]): Layout {
  let first = 0;
  while (first < records.length && effectiveWidth(records[first]!) === 0) first++;
  if (first === records.length) return { ok: false, reason: 'empty', hasHeader: null, columns: [] };

  const top = records[first]!;
  if (top.some((f) => looksLikeEmail(trimField(f)))) {
    let width = 0;
    for (const rec of records) width = Math.max(width, effectiveWidth(rec));
    const { col } = emailColumnByContent(records, first, width);
    return { ok: true, hasHeader: false, headerIndex: null, width, fields: { email: col }, columns: noHeaderColumns(width, col) };
  }

  const width = effectiveWidth(top);
  const fields: Partial<Record<FieldKey, number>> = {};
  const mapped: (FieldKey | null)[] = [];
  for (let c = 0; c < width; c++) {
    const key = fieldForHeader(top[c]!);
    // A second column with the same meaning stays an ordinary column: the first one wins.
    const use = key !== null && fields[key] === undefined ? key : null;
    if (use) fields[use] = c;
    mapped.push(use);
  }
  let hasData = false;
  for (let i = first + 1; i < records.length && !hasData; i++) hasData = effectiveWidth(records[i]!) > 0;
  if (fields.email === undefined && hasData) {
    const { col, hits, sampled } = emailColumnByContent(records, first + 1, width);
    if (col >= 0 && mapped[col] === null && hits * 2 >= sampled) {
      fields.email = col;
      mapped[col] = 'email';
    }
  }
  const columns = mapped.map((mapsTo, c) => ({ index: c + 1, header: trimField(top[c]!), mapsTo }));
  if (!hasData) return { ok: false, reason: 'header-only', hasHeader: true, columns };
  if (fields.email === undefined) return { ok: false, reason: 'no-email-column', hasHeader: true, columns };
  return { ok: true, hasHeader: true, headerIndex: first, width, fields, columns };
}

/**
 * Output column order of the cleaned file, as 0-based source columns: the recognised fields first (Email,
 * First Name, Last Name, Team), then the other columns as they were.
 */
export function outputOrder(columns: readonly CsvColumn[]): number[] {
  const mapped = FIELD_ORDER.flatMap((k) => columns.filter((c) => c.mapsTo === k).map((c) => c.index - 1));
  return [...mapped, ...columns.filter((c) => c.mapsTo === null).map((c) => c.index - 1)];
}
