/** Line break of the cleaned file: CRLF, as RFC 4180 and Excel write it. */
export const CLEAN_NEWLINE = '\r\n';

/** Characters that force quoting anywhere in a field: PapaParse's BAD_DELIMITERS (CR, LF, ", BOM). */
const SPECIAL = /["\r\n\ufeff]/;
const QUOTES = /"/g;

/**
 * Quotes one field exactly as Papa.unparse does with `{ delimiter: ',', quotes: false, escapeFormulae: false }`
 * (`safe()` in papaparse.js): when it contains a comma, CR, LF, a quotation mark or a BOM, or starts or ends
 * with a space; quotation marks inside are doubled.
 */
export function quoteField(f: string): string {
  if (f.indexOf('"') !== -1) return `"${f.replace(QUOTES, '""')}"`;
  const needs =
    f.indexOf(',') !== -1 ||
    SPECIAL.test(f) ||
    f.charCodeAt(0) === 32 ||
    f.charCodeAt(f.length - 1) === 32;
  return needs ? `"${f}"` : f;
}

/** The row with each field quoted as needed, joined with commas. */
function quotedLine(row: readonly string[]): string {
  let line = quoteField(row[0] ?? '');
  for (let c = 1; c < row.length; c++) line += `,${quoteField(row[c]!)}`;
  return line;
}

/** Whether a field has a comma or starts or ends with a space (the per-field quoting reasons). */
function hasCommaOrEdgeSpace(row: readonly string[], commaPossible: boolean): boolean {
  for (let c = 0; c < row.length; c++) {
    const f = row[c]!;
    if ((commaPossible && f.indexOf(',') !== -1) || f.charCodeAt(0) === 32 || f.charCodeAt(f.length - 1) === 32) return true;
  }
  return false;
}

/**
 * Serialises header and rows as comma-separated text, CRLF, no final line break.
 *
 * The output is byte for byte what Papa.unparse(table, { newline: '\r\n' }) produces; the unit tests hold it
 * against Papa.unparse on the corpus and on random tables. We do not call Papa.unparse itself because on a
 * 10 MB file it costs more than parsing (a regex replace and string concatenation per field: ~1.2× Papa.parse
 * on a table where every row needs a quoted field), which alone would break the time budget of the check.
 * Here a row without special characters costs one join and one regex test, and only fields that need it are
 * quoted.
 *
 * @param commaPossible pass false only when no value can contain a comma (the source had no comma at all, or
 *   was comma-separated without quotation marks); it skips a per-field search
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], commaPossible = true): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = quotedLine(header);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (hasCommaOrEdgeSpace(row, commaPossible)) {
      lines[r + 1] = quotedLine(row);
      continue;
    }
    // The joined line is what we write unless a quote, line break or BOM shows up in it (one regex scan).
    const line = row.join(',');
    lines[r + 1] = SPECIAL.test(line) ? quotedLine(row) : line;
  }
  // One join builds the text in a single allocation instead of growing a string row by row.
  return lines.join(CLEAN_NEWLINE);
}
