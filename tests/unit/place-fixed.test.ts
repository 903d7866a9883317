// @vitest-environment happy-dom
import { flip, offset, shift } from '@floating-ui/core';
import { describe, expect, it } from 'vitest';
import { placeFixed } from '../../components/callout/place-fixed';

/** happy-dom lays nothing out: the viewport, the target's box and the card's size are given. */
function layout(target: { left: number; top: number; width: number; height: number }) {
  Object.defineProperty(document.documentElement, 'clientWidth', { value: 1000, configurable: true });
  Object.defineProperty(document.documentElement, 'clientHeight', { value: 600, configurable: true });
  const reference = { getBoundingClientRect: () => DOMRect.fromRect({ x: target.left, y: target.top, width: target.width, height: target.height }) };
  const card = document.createElement('div');
  document.body.append(card);
  Object.defineProperty(card, 'offsetWidth', { value: 300 });
  Object.defineProperty(card, 'offsetHeight', { value: 200 });
  return { reference, card };
}

const CALLOUT = { placement: 'bottom-start' as const, middleware: [offset(12), flip({ padding: 8 }), shift({ padding: 8 })] };

describe('placing our fixed overlay elements in the viewport', () => {
  it('puts the card below its target, 12 px away, when there is room', async () => {
    const { reference, card } = layout({ left: 100, top: 100, width: 80, height: 30 });
    expect(await placeFixed(reference, card, CALLOUT)).toMatchObject({ x: 100, y: 142, placement: 'bottom-start' });
  });

  it('flips above a target near the bottom edge', async () => {
    const { reference, card } = layout({ left: 100, top: 500, width: 80, height: 30 });
    expect(await placeFixed(reference, card, CALLOUT)).toMatchObject({ x: 100, y: 500 - 12 - 200, placement: 'top-start' });
  });

  it('keeps the card inside the viewport beside a target at the right edge', async () => {
    const { reference, card } = layout({ left: 950, top: 100, width: 40, height: 30 });
    const { x, y } = await placeFixed(reference, card, CALLOUT);
    // Aligned to the target's right edge instead of its left, still below it.
    expect(x + 300).toBe(990);
    expect(y).toBe(142);
  });
});
