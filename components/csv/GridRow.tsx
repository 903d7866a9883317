import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RowVerdict } from '../../lib/csv/fix';
import { formatMessage } from '../../lib/csv/messages';
import type { FixEntry, FixSession } from '../../lib/csv/session';
import type { CsvColumn } from '../../lib/csv/types';
import { csvText } from '../../lib/i18n/csv-text';
import type { Locale } from '../../lib/i18n/locale';
import { useText } from '../use-text';
import { FIRST_FIELD, type GridPos } from './grid-keys';
import { MarkedValue } from './MarkedValue';

/** Height of a grid row in pixels: the virtual scroll places rows by it (csv.css gives rows the same). */
export const ROW_HEIGHT = 44;

/** What is wrong with a row now, in words (the report's message without its row prefix), or null when it passes. */
export function problemText(locale: Locale, verdict: RowVerdict): string | null {
  if (verdict.ok) return null;
  const text = formatMessage(locale, verdict.finding.key, null, verdict.finding.params);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface GridRowProps {
  gridId: string;
  index: number;
  entry: FixEntry;
  session: FixSession;
  columns: readonly CsvColumn[];
  active: GridPos;
  /** Whether the active cell of this row is being edited. */
  editing: boolean;
  onFocusCell(c: number): void;
  onType(col: number, value: string): void;
  /** The editor lost the focus (a click elsewhere): the edit is kept. */
  onEditEnd(): void;
  onSuggestion(): void;
  onUndo(): void;
}

/** One problem row: its number, what is wrong now, its values (the active one editable), a suggestion, undo. */
export function GridRow({ gridId, index, entry, session, columns, active, editing, onFocusCell, onType, onEditEnd, onSuggestion, onUndo }: GridRowProps) {
  const { t, locale } = useText(csvText);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  const { verdict, fields, row } = entry;
  const problem = problemText(locale, verdict);
  const suggestion = session.suggestion(entry);
  const colCount = columns.length + 4;
  const problemId = `${gridId}-problem-${row.row}`;
  // The grid's one tab stop is the active cell; every other cell is reached with the arrow keys.
  const cellProps = (c: number) => ({
    'data-pos': `${index}:${c}`,
    tabIndex: active.r === index && active.c === c ? 0 : -1,
    onFocus: () => onFocusCell(c),
  });
  return (
    <div role="row" aria-rowindex={index + 2} class={verdict.ok ? 'grid-row grid-row--ok' : 'grid-row'} style={{ top: `${index * ROW_HEIGHT}px` }} data-row={row.row}>
      <div role="rowheader" aria-colindex={1} {...cellProps(0)}>
        {row.row}
      </div>
      <div role="gridcell" id={problemId} aria-colindex={2} {...cellProps(1)} class={verdict.ok ? 'grid-ok' : 'grid-problem'} title={problem ?? undefined} data-problem="">
        {problem ?? t('rowOk')}
      </div>
      {columns.map((col, i) => {
        const c = i + FIRST_FIELD;
        const value = fields[i] ?? '';
        if (editing && active.c === c) {
          return (
            <div role="gridcell" key={col.index} aria-colindex={c + 1} class="grid-cell--editing">
              <input
                ref={input}
                value={value}
                aria-label={t('editCell', { column: col.header ?? t('colExtra', { n: col.index }), row: row.row })}
                aria-invalid={!verdict.ok}
                aria-describedby={problemId}
                onInput={(e) => onType(i, e.currentTarget.value)}
                onBlur={onEditEnd}
                data-editor=""
              />
            </div>
          );
        }
        return (
          <div role="gridcell" key={col.index} aria-colindex={c + 1} {...cellProps(c)} data-col={i}>
            <MarkedValue value={value} problem={session.cellProblem(entry, i)} />
          </div>
        );
      })}
      <div role="gridcell" aria-colindex={colCount - 1}>
        {suggestion === null ? (
          <span class="muted" {...cellProps(colCount - 2)}>
            {t('noSuggestion')}
          </span>
        ) : (
          <button type="button" {...cellProps(colCount - 2)} onClick={onSuggestion} data-suggestion="">
            {t('useSuggestion', { value: suggestion })}
          </button>
        )}
      </div>
      <div role="gridcell" aria-colindex={colCount}>
        <button type="button" {...cellProps(colCount - 1)} onClick={onUndo} aria-disabled={!session.canUndo(entry)} aria-label={t('undoRow', { row: row.row })} data-undo="">
          {t('undo')}
        </button>
      </div>
    </div>
  );
}
