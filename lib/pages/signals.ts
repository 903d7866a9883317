import type { PageSignals } from './detect';
import { readShown } from './shown';

/**
 * Selectors for the few DOM facts page detection needs on Marketo. ExtJS ids are generated, so only
 * classes are used. Correct these here if the live DOM differs.
 */
export const MARKETO_SIGNAL_SELECTORS = {
  /** ExtJS 3 TabPanel of the main canvas: the active tab's title, e.g. "Sales Insight". */
  canvasTitle: '.x-tab-strip-active .x-tab-strip-text',
} as const;

/** What the practice sandbox says about a replica frame instead of its own location. */
export interface FrameAddress {
  /** The real-app URL the frame stands for. */
  url: string;
  /** Whether the real page would be a frame (the sandbox's own frame around a replica does not count). */
  inFrame: boolean;
}

/**
 * Reads the signals of the current frame from its document (cheap: one querySelector call); `address`
 * replaces the frame's location in the practice sandbox.
 */
export function readPageSignals(doc: Document, win: Window, address?: FrameAddress): PageSignals {
  const title = doc.querySelector(MARKETO_SIGNAL_SELECTORS.canvasTitle)?.textContent ?? null;
  const shown = readShown(doc);
  if (address) return { url: address.url, canvasTitle: title, inFrame: address.inFrame, shown };
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
    shown,
  };
}
