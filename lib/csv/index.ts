/**
 * CSV pre-flight for "Invite Users via CSV": framework-free, synchronous, no I/O. Bytes in; a report and a
 * cleaned CSV out. Entry points in stream.ts, contracts in types.ts.
 *
 * It streams (issue 5): chunks are decoded as they arrive (decode.ts), the text is read window by window
 * (records.ts), each record is checked and written as soon as it is read (rows.ts, write.ts), duplicates are
 * found by hashes (dedupe.ts). The worker never holds the bytes, the text and all rows at once.
 *
 * Decisions (the issue left these open):
 * - Row numbers are record numbers: a quoted value with line breaks is one record, the header is record 1.
 *   Column numbers are 1-based too, in `columns[].index` and `issues[].column`.
 * - Trailing empty fields (Excel's trailing delimiters) and rows shorter than the header are accepted
 *   silently and do not count as a fix; a row with more non-empty fields than the header is `ragged-row`
 *   (error, removed), because the values can no longer be matched to columns. Without a header row the
 *   widest row sets the width, so no row is ragged.
 * - An unclosed quotation mark makes PapaParse read the rest of the file as one value: that record is
 *   reported as `ragged-row` (error, removed) with its own message.
 * - Limits: e-mail 254 characters (SMTP), longer → `field-too-long` error, row removed; any other value 255
 *   characters (code points), longer → shortened, `field-too-long` warning.
 * - Formula characters (`=`, `+`, `-`, `@`) at the start of a value other than the e-mail get a leading `'`
 *   (warning); an e-mail address starting with one of them is `invalid-email`, never rewritten. Unrecognised
 *   header names are neutralised the same way (issue on the header row).
 * - Duplicates: compared trimmed and ignoring case; the first occurrence stays, later ones are removed with
 *   a warning naming the first row.
 * - Severity: `error` = the file or the row cannot be used (row removed); `warning` = fixed, or removed
 *   without loss (blank rows, duplicates), or worth knowing (encoding fallback, size).
 * - A removed row gets exactly one issue (the first reason found) and no fix warnings.
 * - Cleaned file: UTF-8 text without BOM, comma-separated, CRLF (RFC 4180, what Excel writes), no final line
 *   break; recognised columns first as `Email`, `First Name`, `Last Name`, `Team`, other columns after them
 *   with their original header (`Column 3` / `Spalte 3` when the file had no header row). The caller encodes
 *   it with TextEncoder when it needs bytes.
 * - Messages never contain cell values, only row and column numbers and header names, so the report can go
 *   into a support ticket without exposing addresses; the report itself holds no values either.
 * - Records end at CRLF, LF or a lone CR in any mix outside quoted values (newlines.ts); rows of nothing
 *   but delimiters and spaces, whatever the delimiter, are blank rows.
 * - Safe repairs are applied without asking and reported as fixes (repair.ts): `mailto:`, `Name <address>`,
 *   zero-width and no-break spaces, typographic quotes around or in an address; a lossy `?`/U+FFFD in a name is
 *   a `lossy-text` warning. Over 100 distinct addresses or 20 distinct teams (Adobe's per-instance limits) is a
 *   file-level `seat-limit` / `team-limit` warning; the rows are kept.
 * - Rows with issues travel beside the report as `problemRows` (values as read, each cut at 2,000
 *   characters, at most 250,000 rows): the report itself stays free of values.
 * - A fatal report (not CSV, empty, header only, no e-mail column, too large) has exactly one error with row
 *   and column null; file-level warnings found before it (size, encoding) stay in front of it. Its rows all
 *   count as removed so the invariant kept + fixed + removed = total holds everywhere.
 */
export { checkCsv, createCsvCheck, joinResult } from './stream';
export { MAX_BYTES, MAX_FULL_BYTES, precheckSize, type SizeVerdict } from './limits';
export { MAX_EMAIL_LENGTH } from './email';
export { MAX_FIELD_LENGTH } from './judge';
export { SEAT_LIMIT, TEAM_LIMIT } from './check';
export type {
  CsvCheck,
  CsvCheckOptions,
  CsvCheckResult,
  CsvColumn,
  CsvDelimiter,
  CsvEncoding,
  CsvIssue,
  CsvPartsResult,
  CsvProblemRow,
  CsvReport,
  CsvStreamOptions,
  FieldKey,
  IssueCode,
  Severity,
} from './types';
