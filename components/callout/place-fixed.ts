import { computePosition, flip, offset, shift, type ComputePositionConfig, type ComputePositionReturn, type Padding, type Platform } from '@floating-ui/core';
import { containerOf } from '../../lib/locator/container';

/**
 * Floating UI's positioning core with a platform for our overlay only: every floating element we place
 * (callout, copy buttons, verdicts) is `position: fixed` in a layer that covers the viewport from the
 * top layer, so the viewport is its only clipping boundary and its offset parent. That is all this
 * platform knows; @floating-ui/dom's general one (clipping ancestors, offset parents, transforms) would
 * add about 4 KB gzip to every content script for cases our layer never has.
 */
const dimensionsOf = (element: HTMLElement) => ({ width: element.offsetWidth, height: element.offsetHeight });

const VIEWPORT_PLATFORM: Platform = {
  getElementRects: ({ reference, floating }) => {
    const { x, y, width, height } = (reference as Anchor).getBoundingClientRect();
    return { reference: { x, y, width, height }, floating: { x: 0, y: 0, ...dimensionsOf(floating as HTMLElement) } };
  },
  getDimensions: dimensionsOf,
  getClippingRect: ({ element }) => {
    const root = (element as Element).ownerDocument.documentElement;
    // The layout viewport without scrollbars, as the browser clips fixed elements.
    return { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight };
  },
};

/** What a floating element is placed beside: an element, or a text range (a value's text, not its box). */
export type Anchor = Pick<Element, 'getBoundingClientRect'>;

/** Where `floating` goes beside `reference` (viewport coordinates, for `left`/`top` of a fixed element). */
export function placeFixed(
  reference: Anchor,
  floating: HTMLElement,
  options: Pick<ComputePositionConfig, 'placement' | 'middleware'>,
): Promise<ComputePositionReturn> {
  return computePosition(reference, floating, { ...options, strategy: 'fixed', platform: VIEWPORT_PLATFORM });
}

/** Where the callout went: beside its target, or beside the window the target is in. */
export type CalloutPlacement = ComputePositionReturn & { beside: 'target' | 'container' };

const GAP = 12;

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: DOMRect) =>
  a.x < b.right && a.x + a.width > b.left && a.y < b.bottom && a.y + a.height > b.top;

/**
 * Places the callout card for `target`. When the target is in a window or dialog (a preview to review, a
 * message to read), the card goes beside that window, never over it; only when the viewport has no room
 * there does it go beside the target itself, as it does for targets on the page.
 */
export async function placeCallout(target: Element, card: HTMLElement, padding: Padding): Promise<CalloutPlacement> {
  const container = containerOf(target);
  if (container) {
    const beside = await placeFixed(container, card, {
      placement: 'right-start',
      middleware: [offset(GAP), flip({ fallbackPlacements: ['left-start', 'bottom-start', 'top-start'], padding }), shift({ padding })],
    });
    const root = card.ownerDocument.documentElement;
    const box = { x: beside.x, y: beside.y, width: card.offsetWidth, height: card.offsetHeight };
    const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= root.clientWidth && box.y + box.height <= root.clientHeight;
    if (inside && !overlaps(box, container.getBoundingClientRect())) return { ...beside, beside: 'container' };
  }
  const near = await placeFixed(target, card, { placement: 'bottom-start', middleware: [offset(GAP), flip({ padding }), shift({ padding })] });
  return { ...near, beside: 'target' };
}
