import { normalizeText } from '../locator/text';
import type { PageId } from './types';

/*
 * What a frame shows that names its page, for apps whose routes or canvas titles we do not know in full:
 * the selected side-navigation or tree entry, the tab strip, the open dialog's title. Labels only (never a
 * field's value), normalized like locator labels.
 */

/** The texts page detection reads from the DOM besides the address. */
export interface ShownSignals {
  /** Selected side-navigation or tree entries (`aria-current`, a selected tree node). */
  selected: readonly string[];
  /** Labels of the tabs on screen. */
  tabs: readonly string[];
  /** Titles of open dialogs. */
  dialogs: readonly string[];
  /** Pressed toggle buttons (the main navigation's current area in ExtJS UIs). */
  pressed: readonly string[];
}

/** Where those texts are read. Correct these here if a live DOM differs. */
export const SHOWN_SELECTORS: Readonly<Record<keyof ShownSignals, string>> = {
  selected:
    '[aria-current="page"], [aria-current="true"], [role="navigation"] :is(.active, .is-selected, .selected) > :is(a, span), nav :is(.active, .is-selected) > a, .x-tree-selected',
  tabs: '[role="tab"], .x4-tab-inner, .x-tab-strip-text',
  pressed: '.x-btn-pressed, .x4-btn-pressed, [aria-pressed="true"]',
  dialogs: ':is([role="dialog"], [role="alertdialog"]) :is(h1, h2, h3, [role="heading"]), .x4-window-header-text, .x-window-header-text, .modal-title',
};

/** At most this many of each, so a page with a huge tree costs no more than a small one. */
const MAX_EACH = 30;

/** Reads the shown texts of a document (a few querySelectorAll calls). */
export function readShown(doc: Document): ShownSignals {
  const read = (selector: string) => [...doc.querySelectorAll(selector)].slice(0, MAX_EACH).map((el) => normalizeText(el.textContent ?? '')).filter(Boolean);
  return { selected: read(SHOWN_SELECTORS.selected), tabs: read(SHOWN_SELECTORS.tabs), dialogs: read(SHOWN_SELECTORS.dialogs), pressed: read(SHOWN_SELECTORS.pressed) };
}

/** A page and the texts that show it (lower case, normalized): any one of them is enough. */
export type ShownRule = readonly [PageId, Partial<Record<keyof ShownSignals, readonly string[]>>];

/** The first page whose rule the shown texts meet, or null. */
export function pageFromShown(shown: ShownSignals | undefined, rules: readonly ShownRule[]): PageId | null {
  if (!shown) return null;
  for (const [page, rule] of rules) {
    for (const key of ['selected', 'tabs', 'dialogs', 'pressed'] as const) {
      if (rule[key]?.some((label) => shown[key].includes(label))) return page;
    }
  }
  return null;
}
