import { outermost } from '../locator/locate';
import { ROLE_SELECTORS, type FallbackRole } from '../locator/roles';
import { labelTexts } from '../locator/text';
import type { VisibilityFn } from '../locator/types';
import type { AnchorShape } from './types';

/** The selector of an anchor's own element. Its parts were checked to need no escaping (./stable.ts, ./schema.ts). */
export function anchorSelector(anchor: AnchorShape): string {
  const classes = anchor.classes.map((c) => `.${c}`).join('');
  const attrs = Object.entries(anchor.attrs)
    .map(([name, value]) => `[${name}="${value}"]`)
    .join('');
  return `${anchor.tag}${classes}${attrs}`;
}

/** Whether the containers around `el` hold the anchor's path, in order (extra wrappers between are fine). */
function onPath(el: Element, path: readonly string[]): boolean {
  let node = el.parentElement;
  for (const step of path) {
    while (node && !node.matches(step)) node = node.parentElement;
    if (!node) return false;
    node = node.parentElement;
  }
  return true;
}


/**
 * The visible elements an anchor matches on the page: its tag, classes and attributes, its role, its path
 * of containers and, when it has one, its label. The caller applies the locator's rule: exactly one is
 * found, none or several are not found.
 */
export function matchAnchor(anchor: AnchorShape, root: Document | Element, isVisible: VisibilityFn): Element[] {
  let found: Element[];
  try {
    found = [...root.querySelectorAll(anchorSelector(anchor))];
  } catch {
    return [];
  }
  const role = anchor.role && Object.hasOwn(ROLE_SELECTORS, anchor.role) ? ROLE_SELECTORS[anchor.role as FallbackRole] : null;
  return outermost(
    found.filter(
      (el) => (!role || el.matches(role)) && onPath(el, anchor.path) && (!anchor.label || labelTexts(el).includes(anchor.label)) && isVisible(el),
    ),
  );
}

/** The one element an anchor finds, or null when it matches none or several. */
export function findByAnchor(anchor: AnchorShape, root: Document | Element, isVisible: VisibilityFn): Element | null {
  const matches = matchAnchor(anchor, root, isVisible);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
