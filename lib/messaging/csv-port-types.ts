import type { CsvIssue, CsvProblemRow, CsvReport } from '../csv/types';
import type { CsvPanelVerdict } from '../csv/verdict';
import type { Locale } from '../i18n/locale';

/**
 * The CSV check port: types and constants only, no zod, so the content script can import them for free.
 * Schemas of the client messages live in ./csv-port.ts (background only).
 *
 * Why a port: Chrome extension messaging carries JSON, so a file travels as base64 chunks, with progress
 * coming back after each one. Flow:
 * 1. client → `start`; background → `progress` (received 0: accepted) or at once `result` (refused, e.g. > 50 MB).
 * 2. client → `chunk`s, at most {@link CSV_CHUNK_WINDOW} unacknowledged; background → one `progress` per chunk.
 * 3. client → `finish`; background → `checking`, then `issues` batches and `cleaned` pieces when the result is
 *    large, `rows` batches of problem rows, then `result`. The client's full issue list is the batches followed
 *    by `result.report.issues`; its cleaned CSV is the pieces followed by `result.cleanedCsv`; its problem rows
 *    the `rows` batches followed by `result.problemRows`.
 * `cancel` (client) or an `error` (background) ends the check at any point.
 *
 * With `panel` on `start` (the in-page verdict on the upload dialog), step 3 sends instead the `cleaned` pieces
 * of the cleaned file with the accepted suggestions applied, then `verdict`: the problems by kind, small
 * enough for the host page, and neither issue batches nor problem rows (see lib/csv/verdict.ts).
 *
 * "Fix the rest on the CSV page": a content script's `start` with `handoff`, its chunks and `finish`; the
 * background keeps the bytes, opens csv.html and answers `handed`. csv.html then sends `take` alone and gets
 * `bytes` pieces and `file`.
 */

/** `runtime.connect({ name })` of the CSV check. */
export const CSV_PORT_NAME = 'csv-check';

/**
 * Bytes per chunk. Measured in Chromium 150 (10 MiB, base64 over a port, median of 7): 256 KiB with a
 * window of 2–4 took ~125–160 ms; 64 KiB ~230–320 ms; 1 MiB and 4 MiB 250–380 ms (larger JSON strings
 * cost more than they save). Arrays of numbers took 1–2.7 s, ~8× slower, so chunks are base64.
 */
export const CSV_CHUNK_BYTES = 256 * 1024;

/** Chunks in flight before the client waits for an acknowledgement: bounds memory, keeps the pipe full. */
export const CSV_CHUNK_WINDOW = 4;

/** Longest base64 text of one chunk. */
export const CSV_CHUNK_BASE64_MAX = Math.ceil(CSV_CHUNK_BYTES / 3) * 4;

/** Characters per `cleaned` piece: keeps each message far below Chrome's 64 MiB message limit. */
export const CSV_TEXT_PIECE = 4 * 1024 * 1024;

/** Issues per `issues` batch (a 50 MB file of bad rows has hundreds of thousands). */
export const CSV_ISSUE_BATCH = 20_000;

/** Problem rows per `rows` batch (each value is at most 2,000 characters). */
export const CSV_ROW_BATCH = 5_000;

/** Most group keys one `start.panel.accept` may name, and the longest key (kinds are a few dozen, keys short). */
export const CSV_ACCEPT_MAX = 64;
export const CSV_GROUP_KEY_MAX = 80;

/** The hash csv.html is opened with to take a handed file. */
export const CSV_HANDOFF_HASH = '#from-upload';

/** Longest file name accepted on `start`. */
export const CSV_NAME_MAX = 1024;

/** What the client sends. */
export type CsvClientMessage =
  /**
   * `panel.accept`: the groups whose suggestions the admin accepted, in the order accepted. `handoff`: not a
   * check: the file goes to csv.html (content scripts only; see entrypoints/background/csv-handoff.ts).
   */
  | { type: 'start'; name: string; size: number; locale: Locale; panel?: { accept: string[] }; handoff?: { accept: string[] } }
  /** csv.html takes the file handed to it (pages only). */
  | { type: 'take' }
  | { type: 'chunk'; data: string }
  | { type: 'finish' }
  | { type: 'cancel' };

/** Why the background ended a check with an error. */
export type CsvPortErrorCode = 'forbidden-sender' | 'malformed' | 'protocol' | 'busy' | 'internal';

/** What the background sends. */
export type CsvServerMessage =
  | { type: 'progress'; received: number; total: number }
  | { type: 'checking' }
  | { type: 'issues'; issues: CsvIssue[] }
  | { type: 'cleaned'; text: string }
  | { type: 'rows'; rows: CsvProblemRow[] }
  /** `summary`: the one-line verdict in the check's language (see lib/csv/summary.ts). */
  | { type: 'result'; report: CsvReport; cleanedCsv: string | null; problemRows: CsvProblemRow[]; summary: string }
  /** The file was handed over and csv.html opened (the end of a `handoff`). */
  | { type: 'handed' }
  /** A piece of a handed file's bytes, base64 (the answer to `take`), and then what the file is, or null for none. */
  | { type: 'bytes'; data: string }
  | { type: 'file'; file: { name: string; accept: string[] } | null }
  /** The in-page verdict (a `start` with `panel`); its cleaned CSV is the `cleaned` pieces followed by `cleanedCsv`. */
  | { type: 'verdict'; verdict: CsvPanelVerdict; cleanedCsv: string | null }
  | { type: 'error'; code: CsvPortErrorCode; message: string };
