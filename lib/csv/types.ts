import type { Locale } from '../i18n/locale';

/**
 * Contracts of the CSV pre-flight for "Invite Users via CSV".
 *
 * The report is meant to be shown to the admin and attached to a support ticket, so its shape is fixed
 * (see {@link CsvReport}) and its messages never quote cell values, in particular never e-mail addresses.
 */

/** The columns the invite dialog can map. */
export type FieldKey = 'email' | 'firstName' | 'lastName' | 'team';

/** How the bytes were read. `utf-8-bom` is Excel's "CSV UTF-8"; `windows-1252` is the fallback for non-UTF-8 files. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The field separators we detect. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** Every issue code the check can report. */
export type IssueCode =
  | 'not-csv'
  | 'empty-file'
  | 'no-email-column'
  | 'missing-email'
  | 'invalid-email'
  | 'duplicate-email'
  | 'blank-row'
  | 'ragged-row'
  | 'formula-injection'
  | 'whitespace-trimmed'
  | 'invisible-removed'
  | 'email-repaired'
  | 'lossy-text'
  | 'seat-limit'
  | 'team-limit'
  | 'encoding-fallback'
  | 'field-too-long'
  | 'file-too-large';

/** `error`: the file or the row cannot be used as is (the row was removed). `warning`: something was fixed or is worth knowing. */
export type Severity = 'error' | 'warning';

/** One finding. File-level findings have `row` and `column` null. */
export interface CsvIssue {
  /** 1-based record number in the original file; the header row, when present, is a record too. */
  row: number | null;
  /** 1-based column number in the original file, the same numbering as {@link CsvColumn.index}. */
  column: number | null;
  code: IssueCode;
  severity: Severity;
  /** Text in the requested locale. Never contains a cell value. */
  message: string;
}

/** One column of the original file. */
export interface CsvColumn {
  /** 1-based position in the original file. */
  index: number;
  /** The header text as found (trimmed), or null when the file has no header row. */
  header: string | null;
  mapsTo: FieldKey | null;
}

/** The pre-flight report. Exactly these keys; see the module comment on e-mail addresses. */
export interface CsvReport {
  file: {
    name: string;
    bytes: number;
    /** Null when the file was refused before it could be decoded. */
    encoding: CsvEncoding | null;
    /** Null when the file was refused before it could be parsed. */
    delimiter: CsvDelimiter | null;
    /** Null when the file was refused before a header row could be looked for. */
    hasHeader: boolean | null;
  };
  columns: CsvColumn[];
  /** `total` counts data records (header excluded); `kept + fixed + removed === total` always holds. */
  rows: { total: number; kept: number; fixed: number; removed: number };
  /** File-level issues first, then by row and column. */
  issues: CsvIssue[];
}

/**
 * A row the check found something about, with its values as read. The user's own data, for the page that
 * shows and fixes it (csv.html, the in-page verdict); never part of {@link CsvReport}.
 */
export interface CsvProblemRow {
  /** 1-based record number, as in {@link CsvIssue.row}. */
  row: number;
  /** The record's fields as read, before any fix. */
  fields: string[];
  /** Whether the row was left out of the cleaned file (else it is in it, fixed or with a warning). */
  removed: boolean;
}

/** What a check returns. `cleanedCsv` is null exactly when the report carries a fatal (file-level) error. */
export interface CsvCheckResult {
  report: CsvReport;
  /** UTF-8 text without BOM, comma-separated, CRLF line breaks, no final line break. */
  cleanedCsv: string | null;
  /** Rows with issues, in row order (empty for a fatal report). */
  problemRows: CsvProblemRow[];
}

/** Options of `checkCsv`. */
export interface CsvCheckOptions {
  /** File name, echoed in the report. */
  name: string;
  /** Language of the messages. */
  locale: Locale;
}

/**
 * What an incremental check returns: the cleaned file as parts whose concatenation is `cleanedCsv` of
 * {@link CsvCheckResult} (null exactly when the report is fatal). The background sends the parts over its
 * port as they are, so the cleaned file never has to exist as one string there.
 */
export interface CsvPartsResult {
  report: CsvReport;
  cleanedParts: readonly string[] | null;
  /** As in {@link CsvCheckResult}. */
  problemRows: CsvProblemRow[];
}

/** Options of `createCsvCheck`: the size is known up front (File.size); over 50 MB nothing is read. */
export interface CsvStreamOptions extends CsvCheckOptions {
  /** Declared size in bytes. */
  size: number;
}

/** An incremental check: feed the file in chunks, then finish once. */
export interface CsvCheck {
  /** Decodes the chunk at once and keeps only its text; the caller may reuse its buffer. Throws after finish() or cancel(). */
  push(chunk: Uint8Array): void;
  /** Runs the check over everything pushed. Call at most once; throws after cancel(). */
  finish(): CsvPartsResult;
  /** Drops the text. Safe to call repeatedly. */
  cancel(): void;
}
