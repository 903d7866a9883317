// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDomWatch, type DomWatch } from '../../lib/locator';

/**
 * Time is faked: the watch's throttle window and the waits' deadlines run on Vitest's clock, so the tests
 * check the order of events, never how long the machine took. Advancing also runs pending microtasks,
 * where the MutationObserver delivers its records.
 */
const sleep = (ms: number): Promise<void> => vi.advanceTimersByTimeAsync(ms).then(() => undefined);
let watch: DomWatch | undefined;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  watch?.dispose();
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createDomWatch', () => {
  it('waits longer between runs while the page re-renders heavily, not after a light change', async () => {
    watch = createDomWatch(document.body, { throttleMs: 50, heavyThrottleMs: 150 });
    const cb = vi.fn();
    watch.subscribe(cb);
    document.body.append(document.createElement('p'));
    await sleep(20);
    expect(cb).toHaveBeenCalledTimes(1);
    // The rows of a grid on the page replaced: the next run keeps 150 ms from the last.
    const grid = document.body.firstElementChild!;
    grid.replaceChildren(...Array.from({ length: 200 }, () => document.createElement('div')));
    await sleep(100);
    expect(cb).toHaveBeenCalledTimes(1);
    await sleep(60);
    expect(cb).toHaveBeenCalledTimes(2);
    // A light change afterwards: the short window again.
    await sleep(200);
    document.body.append(document.createElement('p'));
    await sleep(20);
    expect(cb).toHaveBeenCalledTimes(3);
  });

  it('stops recording once a run is due, and listens again from the run on: nothing is missed', async () => {
    watch = createDomWatch(document.body, { throttleMs: 50 });
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const seen: number[] = [];
    watch.subscribe(() => seen.push(document.body.children.length));
    document.body.append(document.createElement('p'));
    await sleep(1);
    expect(disconnect).toHaveBeenCalledTimes(1);
    // Changes while the run is due: not recorded, but the run reads the page as it is then.
    document.body.append(document.createElement('p'), document.createElement('p'));
    await sleep(30);
    expect(seen).toEqual([3]);
    // A change after the run is heard again.
    document.body.append(document.createElement('p'));
    await sleep(100);
    expect(seen).toEqual([3, 4]);
  });

  it('frame-aligned: runs in the animation frame after its window, where measuring forces no extra layout', async () => {
    watch = createDomWatch(document.body, { throttleMs: 50, frameAligned: true });
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const cb = vi.fn();
    watch.subscribe(cb);
    document.body.append(document.createElement('p'));
    await sleep(20);
    expect(cb).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    // Changes while the frame is pending ride on it.
    document.body.append(document.createElement('p'));
    await sleep(100);
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('frame-aligned, in a hidden tab (no frames): runs when its window ends', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    watch = createDomWatch(document.body, { throttleMs: 50, frameAligned: true });
    const cb = vi.fn();
    watch.subscribe(cb);
    document.body.append(document.createElement('p'));
    await sleep(20);
    expect(cb).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await sleep(60);
    expect(cb).toHaveBeenCalledTimes(2);
    expect(frame).not.toHaveBeenCalled();
  });

  it('batches a burst of 50 mutations into one or two runs', async () => {
    watch = createDomWatch(document.body, { throttleMs: 40 });
    const cb = vi.fn();
    watch.subscribe(cb);
    for (let i = 0; i < 50; i++) {
      document.body.append(document.createElement('span'));
      if (i % 10 === 0) await sleep(2); // spread over several tasks, like a host app rendering
    }
    await sleep(150);
    expect(cb.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(cb.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('runs a frame after the first change of a quiet page, then at most once per window', async () => {
    watch = createDomWatch(document.body, { throttleMs: 50 });
    const cb = vi.fn();
    watch.subscribe(cb);
    document.body.append(document.createElement('p'));
    await sleep(10);
    expect(cb).not.toHaveBeenCalled();
    await sleep(10);
    expect(cb).toHaveBeenCalledTimes(1);
    // A page that keeps changing: the next run waits for the window since the last one (at 16 + 50 ms).
    document.body.append(document.createElement('p'));
    await sleep(40);
    expect(cb).toHaveBeenCalledTimes(1);
    await sleep(10);
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it('always runs after the last change (trailing run) and not before the window ends', async () => {
    watch = createDomWatch(document.body, { throttleMs: 30 });
    const cb = vi.fn();
    watch.subscribe(cb);
    document.body.append(document.createElement('p'));
    await sleep(5);
    expect(cb).not.toHaveBeenCalled();
    await sleep(60);
    expect(cb).toHaveBeenCalledTimes(1);
    document.body.firstElementChild?.setAttribute('class', 'changed');
    await sleep(60);
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it('shares one observer between subscribers and ignores attributes outside the list', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    watch = createDomWatch(document.body, { throttleMs: 10 });
    const a = vi.fn();
    const b = vi.fn();
    watch.subscribe(a);
    watch.subscribe(b);
    expect(observe).toHaveBeenCalledTimes(1);
    expect(observe.mock.calls[0]?.[1]).toMatchObject({ childList: true, subtree: true, characterData: true });
    document.body.setAttribute('data-noise', '1');
    await sleep(40);
    expect(a).not.toHaveBeenCalled();
    document.body.setAttribute('aria-hidden', 'false');
    await sleep(40);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
  });

  it('disconnects when the last subscriber leaves, and reconnects on the next', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    watch = createDomWatch(document.body, { throttleMs: 10 });
    const cb = vi.fn();
    const offA = watch.subscribe(cb);
    const offB = watch.subscribe(cb);
    offA();
    expect(disconnect).not.toHaveBeenCalled();
    document.body.append(document.createElement('div'));
    offB();
    expect(disconnect).toHaveBeenCalledTimes(1);
    await sleep(40);
    // The change before unsubscribing was pending; it must not run for nobody.
    expect(cb).not.toHaveBeenCalled();
    watch.subscribe(cb);
    expect(observe).toHaveBeenCalledTimes(2);
  });

  it('skips mutations of ignored targets (the extension\'s own overlay)', async () => {
    const overlay = document.createElement('div');
    document.body.append(overlay);
    watch = createDomWatch(document.body, { throttleMs: 10, ignore: (node) => overlay.contains(node) });
    const cb = vi.fn();
    watch.subscribe(cb);
    overlay.setAttribute('style', 'top: 4px');
    overlay.append(document.createElement('span'));
    await sleep(40);
    expect(cb).not.toHaveBeenCalled();
    document.body.append(document.createElement('span'));
    await sleep(40);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('waitFor resolves at once when the probe already succeeds', async () => {
    document.body.innerHTML = '<b id="x"></b>';
    watch = createDomWatch(document.body, { throttleMs: 10 });
    await expect(watch.waitFor(() => document.getElementById('x'), 50)).resolves.toBe(document.getElementById('x'));
  });

  it('waitFor resolves when the element is inserted late, then stops watching', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    watch = createDomWatch(document.body, { throttleMs: 10 });
    const pending = watch.waitFor(() => document.querySelector('.late'), 1000);
    setTimeout(() => {
      const el = document.createElement('div');
      el.className = 'late';
      document.body.append(el);
    }, 30);
    let settled: Element | null | undefined;
    void pending.then((el) => (settled = el));
    // Well before its 1 s deadline: 30 ms to the insertion, one 10 ms throttle window after it.
    await sleep(60);
    expect(settled?.className).toBe('late');
    expect(disconnect).toHaveBeenCalled();
  });

  it('waitFor resolves null on timeout', async () => {
    watch = createDomWatch(document.body, { throttleMs: 10 });
    const probe = vi.fn(() => null);
    setTimeout(() => document.body.append(document.createElement('i')), 5);
    const pending = watch.waitFor(probe, 60);
    await sleep(60);
    await expect(pending).resolves.toBeNull();
    expect(probe.mock.calls.length).toBeGreaterThanOrEqual(2); // once at once, once after the batch
  });

  it('dispose resolves pending waits with null and ignores later subscriptions', async () => {
    watch = createDomWatch(document.body, { throttleMs: 10 });
    const pending = watch.waitFor(() => null, 10_000);
    watch.dispose();
    await expect(pending).resolves.toBeNull();
    const cb = vi.fn();
    watch.subscribe(cb);
    document.body.append(document.createElement('span'));
    await sleep(30);
    expect(cb).not.toHaveBeenCalled();
  });
});
