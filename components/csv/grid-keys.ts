/** Grid column (0-based) of the file's first value: the row number and what is wrong come first, in view. */
export const FIRST_FIELD = 2;

/** A cell of the grid: `r` the body row (0-based), `c` the column (0 is the row number). */
export interface GridPos {
  r: number;
  c: number;
}

/** Rows a Page Up / Page Down moves. */
const PAGE_ROWS = 10;

/**
 * Where a navigation key moves the active cell (ARIA grid pattern: arrows, Home/End in the row, Ctrl+Home/End
 * to the first/last cell, Page Up/Down), or null when the key is not a move.
 */
export function gridMove(ev: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, at: GridPos, rows: number, cols: number): GridPos | null {
  const clamp = (r: number, c: number): GridPos => ({ r: Math.max(0, Math.min(rows - 1, r)), c: Math.max(0, Math.min(cols - 1, c)) });
  const ctrl = ev.ctrlKey || ev.metaKey;
  switch (ev.key) {
    case 'ArrowUp':
      return clamp(at.r - 1, at.c);
    case 'ArrowDown':
      return clamp(at.r + 1, at.c);
    case 'ArrowLeft':
      return clamp(at.r, at.c - 1);
    case 'ArrowRight':
      return clamp(at.r, at.c + 1);
    case 'PageUp':
      return clamp(at.r - PAGE_ROWS, at.c);
    case 'PageDown':
      return clamp(at.r + PAGE_ROWS, at.c);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.r, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.r, cols - 1);
    default:
      return null;
  }
}

/** Rows rendered beyond the visible ones, above and below, so fast scrolling shows no gap. */
const OVERSCAN = 6;

/**
 * The body rows to render for a scroll position: those in view plus {@link OVERSCAN} on each side, and the
 * active row wherever it is (it holds the grid's one tab stop and the focus).
 */
export function visibleRows(scrollTop: number, height: number, rowHeight: number, rows: number, active: number): number[] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows - 1, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const shown: number[] = [];
  for (let i = first; i <= last; i++) shown.push(i);
  if (active >= 0 && active < rows && (active < first || active > last)) shown.push(active);
  return shown;
}
