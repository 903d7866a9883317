/**
 * Calls `fn` in the next animation frame, just before the browser lays the page out anyway, so that what
 * `fn` measures (visibility, boxes) costs no layout of its own in the middle of the host page's work.
 * A hidden document renders no frames: there `fn` runs at once. Returns the cancel, or null when `fn`
 * has already run.
 */
export function inNextFrame(doc: Document, fn: () => void): (() => void) | null {
  const view = doc.defaultView;
  if (doc.visibilityState === 'hidden' || !view || typeof view.requestAnimationFrame !== 'function') {
    fn();
    return null;
  }
  const id = view.requestAnimationFrame(fn);
  return () => view.cancelAnimationFrame(id);
}
