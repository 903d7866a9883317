import { roleOf } from '../anchors/build';
import { containerOf } from '../locator/container';
import { roleSelector, type FallbackRole } from '../locator/roles';
import { labelTexts, normalizeText } from '../locator/text';
import type { VisibilityFn } from '../locator/types';
import type { HealCandidate, HealExpectation } from './score';

/** Page furniture: logos and brand links, and anything in the page's banner. */
const FURNITURE = '[class*="logo" i], [class*="brand" i], [role="banner"], header[class*="app" i], [id*="logo" i]';
/** Cards and dialogs whose title says what a control belongs to. */
const CARD = '[role="dialog"], [role="alertdialog"], dialog, .modal, section, .card, .x4-panel, .x-panel, .x4-window, .x-window, fieldset';
const TITLE = ':is(h1, h2, h3, h4, legend, .modal-title, .card-title, .x4-panel-header-text, .x-panel-header-text, .x4-window-header-text, .x-window-header-text)';

/** The title of the card or dialog around `el`, normalised. */
function titleAround(el: Element): string | null {
  const card = containerOf(el) ?? el.closest(CARD);
  const title = card?.querySelector(TITLE);
  return title ? normalizeText(title.textContent ?? '') || null : null;
}

/** Siblings of the same tag with the same name: a repeated row action. */
function twinsOf(el: Element, names: readonly string[]): number {
  const siblings = el.parentElement ? [...el.parentElement.children] : [];
  return siblings.filter((s) => s !== el && s.localName === el.localName && labelTexts(s).some((n) => names.includes(n))).length;
}

/**
 * The page's visible elements of the expected roles, described for scoring, with the elements themselves
 * (same order). Reads names, never values: `labelTexts` takes a field's text only for button inputs.
 */
export function healCandidates(root: Document | Element, expected: HealExpectation, isVisible: VisibilityFn): { elements: Element[]; described: HealCandidate[] } {
  const roles = expected.roles.filter((role): role is FallbackRole => role !== 'label');
  let found: Element[];
  try {
    found = [...root.querySelectorAll(roleSelector(roles))];
  } catch {
    found = [];
  }
  const elements = found.filter((el) => !found.some((other) => other !== el && other.contains(el)) && isVisible(el)).slice(0, 400);
  const described = elements.map((el) => {
    const names = labelTexts(el);
    return {
      names,
      role: roleOf(el) ?? el.localName,
      containerTitle: titleAround(el),
      twins: twinsOf(el, names),
      furniture: !!el.closest(FURNITURE),
    };
  });
  return { elements, described };
}
