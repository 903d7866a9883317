import type { PageSignals } from './detect';

/**
 * Selectors for the few DOM facts page detection needs on Marketo. ExtJS ids are generated, so only
 * classes are used. Correct these here if the live DOM differs.
 */
export const MARKETO_SIGNAL_SELECTORS = {
  /** ExtJS 3 TabPanel of the main canvas: the active tab's title, e.g. "Sales Insight". */
  canvasTitle: '.x-tab-strip-active .x-tab-strip-text',
} as const;

/** Reads the signals of the current frame from its document (cheap: one querySelector call). */
export function readPageSignals(doc: Document, win: Window): PageSignals {
  const title = doc.querySelector(MARKETO_SIGNAL_SELECTORS.canvasTitle)?.textContent ?? null;
  let inFrame = false;
  try {
    inFrame = win.top !== win;
  } catch {
    inFrame = true;
  }
  return {
    url: win.location.href,
    canvasTitle: title,
    inFrame,
  };
}
