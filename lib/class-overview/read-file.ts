import { parseAssessmentData } from '../assessment/json';
import { MAX_ASSESSMENT_BYTES, type AssessmentResult } from '../assessment/types';
import { secondsTaken } from '../progress/timings';
import { parseReportJson } from '../report/json';
import { MAX_REPORT_BYTES, REPORT_FORMAT, type CompletionReport } from '../report/types';
import type { ClassRow, MatrixCell, RejectedFile } from './types';

/** A file as the page read it: its name and text. */
export interface ClassFile {
  name: string;
  text: string;
}

/** A file read into a row, with the key that tells a second copy of the same attempt. */
export type ReadClassFile = { ok: true; row: ClassRow; key: string } | { ok: false; rejected: RejectedFile };

const reject = (file: string, reason: RejectedFile['reason'], field?: string): ReadClassFile => ({
  ok: false,
  rejected: { file, reason, ...(field ? { field } : {}) },
});

function assessmentRow(file: string, result: AssessmentResult): ClassRow {
  const cells: ClassRow['cells'] = {};
  for (const step of result.steps) {
    cells[step.id] = {
      status: step.done ? (step.via === 'evidence' ? 'done-evidence' : 'done-hand') : 'not-done',
      seconds: step.seconds,
      hints: step.hints,
      offPath: step.offPath,
    };
  }
  return { attendee: result.attendee, file, source: 'assessment', cells };
}

/** A report's attendee is the file's name without `.json`: a report names nobody. */
const attendeeOfReport = (file: string) => file.replace(/\.json$/i, '').slice(0, 80);

function reportRow(file: string, report: CompletionReport): ClassRow {
  const cells: ClassRow['cells'] = {};
  for (const step of report.steps) {
    // Skipped: "not needed here", so not part of what this attendee did.
    if (step.status === 'skipped') continue;
    const done = step.status === 'done';
    const cell: MatrixCell = {
      status: !done ? 'not-done' : step.via === 'evidence' ? 'done-evidence' : 'done-hand',
      // The time it took, when the report recorded its start and completion (version 2 on).
      seconds: done && step.timing ? secondsTaken(step.timing) : null,
      hints: null,
      offPath: null,
    };
    cells[step.id] = cell;
  }
  return { attendee: attendeeOfReport(file), file, source: 'report', cells };
}

/**
 * Reads one handed-in file: an assessment result or a completion report, each validated by its own
 * strict schema; anything else is refused with the reason. The JSON is parsed once, and only the
 * validated data is used: nothing of the file is shown but its name, the attendee's (validated) name
 * and ids this guide knows.
 */
export function readClassFile({ name, text }: ClassFile): ReadClassFile {
  if (text.length > Math.max(MAX_ASSESSMENT_BYTES, MAX_REPORT_BYTES)) return reject(name, 'too-large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return reject(name, 'malformed-json');
  }
  const format = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).format : undefined;
  if (format === REPORT_FORMAT) {
    const parsed = parseReportJson(text);
    if (!parsed.ok) return reject(name, parsed.reason === 'wrong-version' ? 'other-version' : parsed.reason === 'too-large' ? 'too-large' : 'invalid', parsed.field);
    const key = `report|${JSON.stringify(parsed.report)}`;
    return { ok: true, row: reportRow(name, parsed.report), key };
  }
  const parsed = parseAssessmentData(data);
  if (!parsed.ok && parsed.reason === 'not-an-assessment') return reject(name, 'unknown-file');
  if (!parsed.ok && parsed.reason === 'wrong-version') return reject(name, 'other-version');
  // A result is a few KB: a bigger one is padded or foreign, whatever its fields say.
  if (text.length > MAX_ASSESSMENT_BYTES) return reject(name, 'too-large');
  if (!parsed.ok) return reject(name, 'invalid', parsed.field);
  // The same attempt handed in twice (perhaps renamed): same attendee, same start.
  const key = `assessment|${parsed.result.attendee.toLowerCase()}|${parsed.result.startedAt}`;
  return { ok: true, row: assessmentRow(name, parsed.result), key };
}

/**
 * Reads many files: rows in the order given, a second copy of an attempt left out as a duplicate of the
 * first. `seen` (attempt key → file name) carries over from files opened earlier, so a copy opened
 * later is caught too. Steps are keyed by the ids this guide knows, so a row never carries anything else.
 */
export function readClassFiles(files: readonly ClassFile[], seen = new Map<string, string>()): { rows: ClassRow[]; rejected: RejectedFile[] } {
  const rows: ClassRow[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    const read = readClassFile(file);
    if (!read.ok) {
      rejected.push(read.rejected);
      continue;
    }
    const first = seen.get(read.key);
    if (first !== undefined) {
      rejected.push({ file: file.name, reason: 'duplicate', sameAs: first });
      continue;
    }
    seen.set(read.key, file.name);
    rows.push(read.row);
  }
  return { rows, rejected };
}
