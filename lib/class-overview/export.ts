import Papa from 'papaparse';
import type { Locale } from '../i18n/locale';
import { markdownTable } from '../markdown/table';
import { plural } from '../i18n/define-text';
import { formatDuration } from '../i18n/duration';
import { classText, stallLine, statusText, stepLabel } from './text';
import type { ClassOverview, MatrixCell } from './types';

/**
 * Cells a spreadsheet would read as a formula: starting with `=`, `+`, `-` or `@` (also after leading
 * spaces, which some spreadsheets drop), or with a tab or carriage return. PapaParse puts a `'` in front.
 */
const FORMULA_START = /^(?:[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/**
 * The matrix as CSV: one row per attendee (name, file, then per step its status, seconds, hints and
 * off-path clicks), then a median row. Numbers are plain numbers; every text cell is made formula-safe.
 */
export function overviewToCsv(overview: ClassOverview, locale: Locale): string {
  const t = (key: Parameters<typeof classText>[1], params?: Record<string, string | number>) => classText(locale, key, params);
  const head = [t('colAttendee'), t('colFile')];
  for (const id of overview.steps) {
    const step = stepLabel(locale, id);
    head.push(t('csvStatus', { step }), t('csvSeconds', { step }), t('csvHints', { step }), t('csvOffPath', { step }));
  }
  const value = (n: number | null) => (n === null ? '' : n);
  const rows: Array<Array<string | number>> = overview.rows.map((row) => [
    row.attendee,
    row.file,
    ...overview.steps.flatMap((id) => {
      const cell: MatrixCell | undefined = row.cells[id];
      return cell ? [statusText(locale, cell.status), value(cell.seconds), value(cell.hints), value(cell.offPath)] : [t('notInScope'), '', '', ''];
    }),
  ]);
  rows.push([t('medianRow'), '', ...overview.summaries.flatMap((s) => [`${s.done}/${s.attendees}`, value(s.medianSeconds), value(s.medianHints), ''])]);
  return `${Papa.unparse({ fields: head, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}

/** What one matrix cell says in words: status, time and hints. */
export function describeCell(locale: Locale, cell: MatrixCell | undefined): string {
  if (!cell) return classText(locale, 'notInScope');
  const parts = [statusText(locale, cell.status)];
  if (cell.seconds !== null) parts.push(formatDuration(locale, cell.seconds));
  if (cell.hints !== null) parts.push(plural(classText, locale, 'hints', cell.hints));
  return parts.join(', ');
}

/** The overview as Markdown: the matrix with a median row, the per-step table and the stall step. */
export function overviewToMarkdown(overview: ClassOverview, locale: Locale): string {
  const t = (key: Parameters<typeof classText>[1], params?: Record<string, string | number>) => classText(locale, key, params);
  const labels = overview.steps.map((id) => stepLabel(locale, id));
  const lines = [`# ${t('classTitle')} — MSI Actions Setup Guide`, '', `## ${t('matrixTitle')}`, ''];
  lines.push(
    ...markdownTable(
      [t('colAttendee'), ...labels],
      overview.rows.map((row) => [row.attendee, ...overview.steps.map((id) => describeCell(locale, row.cells[id]))]),
    ),
    '',
    `## ${t('stallTitle')}`,
    '',
    stallLine(locale, overview),
    '',
  );
  lines.push(
    ...markdownTable(
      [t('colStep'), t('colDone'), t('colMedianTime'), t('colMedianHints'), t('colStalled')],
      overview.summaries.map((s, i) => [labels[i]!, `${s.done}/${s.attendees}`, formatDuration(locale, s.medianSeconds), s.medianHints === null ? '—' : String(s.medianHints), String(s.stalled)]),
    ),
  );
  return `${lines.join('\n')}\n`;
}
