import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { effectiveWidth } from '../../lib/csv/columns';
import type { FixEntry, FixSession } from '../../lib/csv/session';
import type { CsvColumn } from '../../lib/csv/types';
import { csvText } from '../../lib/i18n/csv-text';
import { useText } from '../use-text';
import { FIRST_FIELD, gridMove, visibleRows, type GridPos } from './grid-keys';
import { GridRow, problemText, ROW_HEIGHT } from './GridRow';

export interface ProblemGridProps {
  /** Unique on the page: the grid's help text and problem cells are named by it. */
  id: string;
  session: FixSession;
  entries: readonly FixEntry[];
  columns: readonly CsvColumn[];
  label: string;
  /** Called after every change, so the page's counts follow. */
  onChange(): void;
}

/**
 * The rows of one group as an editable grid (ARIA grid pattern): one tab stop, arrow keys, Home/End and Page
 * Up/Down between cells, Enter or F2 edits, Enter or Tab keeps, Escape cancels, Ctrl+Z undoes the cell's last
 * change. Each keystroke re-judges the row. Only the rows in view (and the active one) are rendered; the grid
 * scrolls itself, with the header row sticky.
 */
export function ProblemGrid({ id, session, entries, columns: fileColumns, label, onChange }: ProblemGridProps) {
  const { t, locale } = useText(csvText);
  const gridRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 420 });
  const [active, setActive] = useState<GridPos>({ r: 0, c: FIRST_FIELD });
  const [editing, setEditing] = useState(false);
  /** The value the cell had when its edit started; a ref, so an edit ends once (Enter, then the input's blur). */
  const started = useRef<string | null>(null);
  const [said, setSaid] = useState('');
  const moved = useRef(false);
  // A row with more values than the header (ragged) shows its extra values too, so they can be cleared.
  const columns = useMemo(() => {
    const widest = entries.reduce((w, e) => Math.max(w, effectiveWidth(e.row.fields)), 0);
    const extra: CsvColumn[] = [];
    for (let i = fileColumns.length + 1; i <= widest; i++) extra.push({ index: i, header: null, mapsTo: null });
    return extra.length === 0 ? fileColumns : [...fileColumns, ...extra];
  }, [entries, fileColumns]);
  const colCount = columns.length + 4;
  /** Column widths in rem: row number, problem, the values, suggestion, undo. */
  const widths = [5, 22, ...columns.map(() => 12), 12, 9];

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (grid) setView({ top: grid.scrollTop, height: grid.clientHeight });
  }, []);

  // A keyboard move focuses the new cell, scrolled into view first (the active row is always rendered); at
  // once after the render, so the next key already goes to it.
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const grid = gridRef.current;
    if (!grid) return;
    const top = active.r * ROW_HEIGHT;
    const room = grid.clientHeight - ROW_HEIGHT; // the sticky header row covers one row
    if (top < grid.scrollTop) grid.scrollTop = top;
    else if (top + ROW_HEIGHT > grid.scrollTop + room) grid.scrollTop = top + ROW_HEIGHT - room;
    grid.querySelector<HTMLElement>(`[data-pos="${active.r}:${active.c}"]`)?.focus();
  });

  if (entries.length === 0) return null;
  const shown = visibleRows(view.top, view.height, ROW_HEIGHT, entries.length, active.r);
  const entryAt = (r: number) => entries[r]!;
  const isField = (c: number) => c >= FIRST_FIELD && c < FIRST_FIELD + columns.length;
  const focusCell = (pos: GridPos) => {
    moved.current = true;
    setActive(pos);
  };
  const announce = (r: number) => {
    const e = entryAt(r);
    setSaid(e.verdict.ok ? t('rowFixed', { row: e.row.row }) : t('rowStillBad', { row: e.row.row, message: problemText(locale, e.verdict) ?? '' }));
  };
  const changed = (r: number) => {
    onChange();
    announce(r);
  };

  /** Ends the edit of the active cell: keeps the value (recorded for undo) or puts back the one it started from. */
  const stopEditing = (keep: boolean, refocus: boolean) => {
    const start = started.current;
    if (start === null) return;
    started.current = null;
    const e = entryAt(active.r);
    const col = active.c - FIRST_FIELD;
    if (!keep) session.edit(e.row.row, col, start, false);
    else if ((e.fields[col] ?? '') !== start) session.record(e.row.row, col, start);
    setEditing(false);
    changed(active.r);
    if (refocus) focusCell(active);
  };

  const onKeyDown = (ev: KeyboardEvent) => {
    if (editing) {
      if (ev.key === 'Enter' || ev.key === 'Escape') {
        ev.preventDefault();
        stopEditing(ev.key === 'Enter', true);
      } else if (ev.key === 'Tab') {
        stopEditing(true, false);
      }
      return;
    }
    if ((ev.key === 'Enter' || ev.key === 'F2') && isField(active.c)) {
      ev.preventDefault();
      started.current = entryAt(active.r).fields[active.c - FIRST_FIELD] ?? '';
      setEditing(true);
      return;
    }
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'z' && isField(active.c)) {
      ev.preventDefault();
      if (session.undo(entryAt(active.r).row.row, active.c - FIRST_FIELD)) changed(active.r);
      return;
    }
    const next = gridMove(ev, active, entries.length, colCount);
    if (!next) return;
    ev.preventDefault();
    focusCell(next);
  };

  return (
    <div class="grid-wrap">
      <p id={`${id}-help`} class="hint">
        {t('gridHelp')}
      </p>
      <div
        ref={gridRef}
        role="grid"
        class="grid"
        aria-label={label}
        aria-describedby={`${id}-help`}
        aria-rowcount={entries.length + 1}
        aria-colcount={colCount}
        style={{ '--grid-cols': widths.map((w) => `${w}rem`).join(' '), '--grid-width': `${widths.reduce((a, b) => a + b, 0)}rem` }}
        onScroll={(e) => {
          const { scrollTop, clientHeight } = e.currentTarget;
          // A render only when another row comes into view, not for every pixel scrolled.
          const top = scrollTop - (scrollTop % ROW_HEIGHT);
          setView((was) => (was.top === top && was.height === clientHeight ? was : { top, height: clientHeight }));
        }}
        onKeyDown={onKeyDown}
        data-grid=""
      >
        <div role="rowgroup" class="grid-head">
          <div role="row" aria-rowindex={1} class="grid-row">
            <div role="columnheader" aria-colindex={1}>
              {t('colRow')}
            </div>
            <div role="columnheader" aria-colindex={2}>
              {t('colProblem')}
            </div>
            {columns.map((c, i) => (
              <div role="columnheader" aria-colindex={i + FIRST_FIELD + 1} key={c.index}>
                {c.header ?? t('colExtra', { n: c.index })}
              </div>
            ))}
            <div role="columnheader" aria-colindex={colCount - 1}>
              {t('colSuggestion')}
            </div>
            <div role="columnheader" aria-colindex={colCount}>
              {t('colUndo')}
            </div>
          </div>
        </div>
        <div role="rowgroup" class="grid-body" style={{ height: `${entries.length * ROW_HEIGHT}px` }}>
          {shown.map((r) => (
            <GridRow
              // Rows in view keep their DOM nodes as they scroll (keyed by slot, patched, not made anew); the
              // active row keeps its own key, so its focused cell or open editor is never handed to another row.
              key={r === active.r ? `active-${r}` : `slot-${r % shown.length}`}
              gridId={id}
              index={r}
              entry={entryAt(r)}
              session={session}
              columns={columns}
              active={active}
              editing={editing && active.r === r}
              onFocusCell={(c) => (active.r !== r || active.c !== c) && setActive({ r, c })}
              onType={(col, value) => {
                session.edit(entryAt(r).row.row, col, value, false);
                onChange();
              }}
              onEditEnd={() => stopEditing(true, false)}
              onSuggestion={() => {
                session.acceptSuggestions([entryAt(r)]);
                changed(r);
                // The button gives way to "none": the focus stays on its cell.
                focusCell({ r, c: colCount - 2 });
              }}
              onUndo={() => session.undo(entryAt(r).row.row) && changed(r)}
            />
          ))}
        </div>
      </div>
      <p role="status" class="sr-only" data-grid-status="">
        {said}
      </p>
    </div>
  );
}
