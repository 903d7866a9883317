import { visibleInPass } from './one-pass';
import type { VisibilityFn } from './types';

/** Options of {@link createVisibility}. */
export interface VisibilityOptions {
  /**
   * Require a non-zero box (default true). Turn off only where there is no layout engine (happy-dom,
   * jsdom report every box as 0×0); a real page always gets the size rule.
   */
  checkSize?: boolean;
}

/** The parent across a shadow boundary too, so targets inside web components see their host's state. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode as (Node & { host?: Element }) | null;
  return parent && parent.nodeType === 11 && parent.host ? parent.host : null;
}

/**
 * Hidden by markup rather than style: the `hidden` attribute, an `aria-hidden="true"` subtree (apps use
 * it for off-screen copies of menus and dialogs), or the body of a closed `<details>`. Checked by hand
 * because `checkVisibility()` does not cover aria-hidden and browsers differ on closed details.
 */
function hiddenByMarkup(el: Element): boolean {
  let child: Element | null = null;
  for (let node: Element | null = el; node; child = node, node = parentOf(node)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (node.localName === 'details' && !node.hasAttribute('open') && child && child.localName !== 'summary') return true;
  }
  return false;
}

/** Style-based check for engines without `checkVisibility()`: display:none up the chain, visibility:hidden. */
function hiddenByStyleFallback(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (view.getComputedStyle(node).display === 'none') return true;
  }
  // `visibility` inherits, so the element's own computed value already reflects its ancestors.
  return view.getComputedStyle(el).visibility === 'hidden';
}

function hiddenByStyle(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    // `checkVisibilityCSS` is the pre-2024 name of `visibilityProperty`; passing both covers old engines.
    return !el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
  }
  return hiddenByStyleFallback(el);
}

function hasNoBox(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  // Area, not just one side: an empty block is full-width but 0 px high, an empty inline 0 px wide.
  return rect.width <= 0 || rect.height <= 0;
}

/**
 * Builds a visibility test: connected, not hidden by markup (`hidden`, `aria-hidden="true"`, closed
 * `<details>`), not `display:none` / `visibility:hidden` up the chain, and (unless disabled) a non-zero box.
 */
export function createVisibility(options: VisibilityOptions = {}): VisibilityFn {
  const checkSize = options.checkSize ?? true;
  return (el) => el.isConnected && !hiddenByMarkup(el) && !hiddenByStyle(el) && !(checkSize && hasNoBox(el));
}

const onRealPages = createVisibility();

/** The visibility test for real pages, with the size rule; asked once per element in a pass (see inOnePass). */
export const isVisible: VisibilityFn = (el) => visibleInPass(el, onRealPages);
