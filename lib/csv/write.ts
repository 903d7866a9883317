import Papa from 'papaparse';

/** Line break of the cleaned file: CRLF, as RFC 4180 and Excel write it. */
export const CLEAN_NEWLINE = '\r\n';

const UNPARSE: Papa.UnparseConfig = { delimiter: ',', newline: CLEAN_NEWLINE, quotes: false, escapeFormulae: false };

/** Characters that force quoting anywhere in a field (Papa's BAD_DELIMITERS plus the quote itself). */
const SPECIAL = /["\r\n\ufeff]/;

/**
 * Whether PapaParse would quote some field of this row, given the row joined with commas: a quotation mark,
 * line break or BOM anywhere, a comma inside a field, or a field starting or ending with a space. Mirrors
 * `safe()` in papaparse.js for our settings (comma, no forced quotes).
 */
function rowNeedsQuotes(row: readonly string[], line: string, commaPossible: boolean): boolean {
  if (SPECIAL.test(line)) return true;
  for (let c = 0; c < row.length; c++) {
    const f = row[c]!;
    if ((commaPossible && f.indexOf(',') !== -1) || f.charCodeAt(0) === 32 || f.charCodeAt(f.length - 1) === 32) return true;
  }
  return false;
}

/**
 * Serialises header and rows as comma-separated text, CRLF, no final line break.
 *
 * Quoting is PapaParse's (Papa.unparse): every row that needs any quoting goes through it. Rows without a
 * single special character are joined directly, which yields exactly what Papa.unparse would, at a fraction
 * of its cost (it concatenates and runs a regex replace per field, which alone would exceed the time budget on
 * a 10 MB file). A unit test compares the result with a plain Papa.unparse of the whole table.
 *
 * @param commaPossible pass false only when no value can contain a comma (the source had no comma at all, or
 *   was comma-separated without quotation marks); it skips a per-field search
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], commaPossible = true): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = Papa.unparse([header as string[]], UNPARSE);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const line = row.join(',');
    lines[r + 1] = rowNeedsQuotes(row, line, commaPossible) ? Papa.unparse([row as string[]], UNPARSE) : line;
  }
  // One join builds the text in a single allocation instead of growing a string row by row.
  return lines.join(CLEAN_NEWLINE);
}
