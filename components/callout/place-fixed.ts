import { computePosition, type ComputePositionConfig, type ComputePositionReturn, type Platform } from '@floating-ui/core';

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
