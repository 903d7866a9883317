// @vitest-environment happy-dom
import { flip, offset, shift } from '@floating-ui/core';
import { describe, expect, it } from 'vitest';
import { placeCallout, placeFixed } from '../../components/callout/place-fixed';

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

describe('placing the callout of a target in a window', () => {
  function inWindow(windowBox: { left: number; top: number; width: number; height: number }) {
    const { card } = layout({ left: 0, top: 0, width: 0, height: 0 });
    const win = document.createElement('div');
    win.className = 'x4-window';
    const button = document.createElement('button');
    win.append(button);
    document.body.append(win);
    const rect = (b: { left: number; top: number; width: number; height: number }) => () => DOMRect.fromRect({ x: b.left, y: b.top, width: b.width, height: b.height });
    win.getBoundingClientRect = rect(windowBox);
    button.getBoundingClientRect = rect({ left: windowBox.left + windowBox.width - 100, top: windowBox.top + windowBox.height - 40, width: 80, height: 28 });
    return { card, button, win };
  }

  it('goes beside the window, never over what it shows', async () => {
    const { card, button } = inWindow({ left: 150, top: 100, width: 500, height: 400 });
    const placed = await placeCallout(button, card, 8);
    expect(placed).toMatchObject({ beside: 'container', x: 150 + 500 + 12, y: 100 });
  });

  it('goes beside the target when the viewport has no room around the window', async () => {
    const { card, button } = inWindow({ left: 50, top: 50, width: 900, height: 500 });
    expect(await placeCallout(button, card, 8)).toMatchObject({ beside: 'target' });
  });

  it('is beside the target for a target on the page itself', async () => {
    const { reference, card } = layout({ left: 100, top: 100, width: 80, height: 30 });
    const button = document.createElement('button');
    document.body.append(button);
    button.getBoundingClientRect = reference.getBoundingClientRect;
    expect(await placeCallout(button, card, 8)).toMatchObject({ beside: 'target', x: 100, y: 142 });
  });
});
