/** Line break of the cleaned file: CRLF, as RFC 4180 and Excel write it. */
export const CLEAN_NEWLINE = '\r\n';

/** Characters that force quoting anywhere in a field: PapaParse's BAD_DELIMITERS (CR, LF, ", BOM). */
const SPECIAL = /["\r\n\ufeff]/;
const QUOTES = /"/g;

/** Characters per part of the cleaned file: big enough that joining parts is cheap, small enough to be garbage soon. */
const PART_CHARS = 256 * 1024;

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
 * Writes the cleaned file row by row as comma-separated text, CRLF, no final line break, into parts whose
 * concatenation is the file; the lines never exist as one big array, nor the file as rows. Rows that needed
 * no change in a CRLF, comma-separated source are not copied at all: a run of them is one slice of the
 * source text (see {@link CsvWriter.line}), so the cleaned file shares its memory with the text it came from.
 *
 * The output is byte for byte what Papa.unparse(table, { newline: '\r\n' }) produces; the unit tests hold it
 * against Papa.unparse on the corpus and on random tables. We do not call Papa.unparse itself because on a
 * 10 MB file it costs more than parsing (a regex replace and string concatenation per field), which alone
 * would break the time budget of the check. Here a row without special characters costs one join and one
 * regex test, and only fields that need it are quoted.
 */
export class CsvWriter {
  /** The cleaned file so far; every part but the first starts with the line break that ends the one before. */
  readonly parts: string[] = [];
  /** Written lines not yet joined into a part; starts with '' after the first part, for that line break. */
  private lines: string[] = [];
  private chars = 0;
  private waiting = 0;
  /** Verbatim lines that follow each other in the source with CRLF between them: `runText.slice(runStart, runEnd)`. */
  private runText = '';
  private runStart = 0;
  private runEnd = -1;

  /**
   * @param commaPossible pass false only when no value can contain a comma (the source had no comma at all,
   *   or was comma-separated without quotation marks); it skips a per-field search
   */
  /** `pads[n]` is n commas: short rows are usually short by the same count. */
  private readonly pads: string[] = [];

  constructor(private readonly commaPossible = true) {}

  /** Appends the header row: quoted field by field, whatever `commaPossible` says (header names may be new). */
  header(row: readonly string[]): void {
    this.add(quotedLine(row));
  }

  /** Appends one data row. */
  row(row: readonly string[]): void {
    let line: string;
    if (hasCommaOrEdgeSpace(row, this.commaPossible)) {
      line = quotedLine(row);
    } else {
      // The joined line is what we write unless a quote, line break or BOM shows up in it (one regex scan).
      line = row.join(',');
      if (SPECIAL.test(line)) line = quotedLine(row);
    }
    this.add(line);
  }

  /**
   * Appends `text.slice(start, end)`, a line that is already what the cleaned file needs. Lines that follow
   * each other in a CRLF source are kept as one range, which becomes one part: a slice, not a copy.
   */
  line(text: string, start: number, end: number): void {
    const run = this.runEnd;
    if (run >= 0 && text === this.runText && start === run + 2 && text.charCodeAt(run) === 13 && text.charCodeAt(run + 1) === 10) {
      this.runEnd = end;
      return;
    }
    this.endRun();
    this.flush();
    this.runText = text;
    this.runStart = start;
    this.runEnd = end;
  }

  /** Appends `text.slice(start, end)` followed by `missing` empty fields: a short row that needs no other change. */
  paddedLine(text: string, start: number, end: number, missing: number): void {
    const pads = this.pads;
    this.add(text.slice(start, end) + (pads[missing] ??= ','.repeat(missing)));
  }

  /** The whole cleaned file as parts; concatenated they are the file. Ends the writer. */
  finish(): string[] {
    this.endRun();
    this.flush();
    return this.parts;
  }

  private endRun(): void {
    if (this.runEnd < 0) return;
    const { runText: text, runStart: start, runEnd: end } = this;
    if (this.parts.length === 0) this.parts.push(text.slice(start, end));
    // The source's own CRLF before the run serves as the separator when it is there.
    else if (start >= 2 && text.charCodeAt(start - 2) === 13 && text.charCodeAt(start - 1) === 10) this.parts.push(text.slice(start - 2, end));
    else this.parts.push(CLEAN_NEWLINE + text.slice(start, end));
    this.runText = '';
    this.runEnd = -1;
    this.lines = [''];
  }

  private add(line: string): void {
    this.endRun();
    this.lines.push(line);
    this.chars += line.length;
    this.waiting++;
    if (this.chars >= PART_CHARS) this.flush();
  }

  private flush(): void {
    if (this.waiting === 0) return;
    this.parts.push(this.lines.join(CLEAN_NEWLINE));
    this.lines = [''];
    this.chars = 0;
    this.waiting = 0;
  }
}

/** Serialises header and rows in one string (see {@link CsvWriter}). */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], commaPossible = true): string {
  const writer = new CsvWriter(commaPossible);
  writer.header(header);
  for (const row of rows) writer.row(row);
  return writer.finish().join('');
}
