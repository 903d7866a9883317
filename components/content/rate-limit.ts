import { inNextFrame } from '../../lib/locator/next-frame';

/**
 * Runs `fn` at most once per `ms`, never synchronously (so it sees what the rest of the current batch
 * did, e.g. page detection), and once more after the last call of a burst, so work that need not
 * follow every DOM batch (evidence, re-scans) costs the host page little while it re-renders. It runs in
 * an animation frame (see inNextFrame): what it measures forces no layout of its own.
 * Returns the limited function, its variant for callers already in a frame, and a cancel for teardown.
 */
export function atMostEvery(ms: number, fn: () => void): { run(): void; runInThisFrame(): void; cancel(): void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: (() => void) | undefined;
  const fire = () => {
    timer = frame = undefined;
    last = Date.now();
    fn();
  };
  return {
    run() {
      if (timer !== undefined || frame !== undefined) return;
      timer = setTimeout(() => void (frame = inNextFrame(document, fire) ?? undefined), Math.max(last + ms - Date.now(), 0));
    },
    /**
     * For callers already inside an animation frame's pass over the page (a DOM-watch run): when due,
     * runs now, in that frame, so it shares the layout the pass has already paid for instead of forcing
     * one more in a frame of its own; otherwise as `run`.
     */
    runInThisFrame() {
      if (timer !== undefined || frame !== undefined) return;
      if (Date.now() - last >= ms) fire();
      else this.run();
    },
    cancel: () => {
      clearTimeout(timer);
      frame?.();
      timer = frame = undefined;
    },
  };
}

/** How often work that need not follow every batch runs while the page keeps changing. */
export const SLOW_WORK_MS = 400;
