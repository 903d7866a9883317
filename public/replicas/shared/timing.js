// Delays and cancellable timers.
// The real Marketo app renders panels seconds after navigation. A "scope" owns
// the timers of one rendered view, so navigating away cancels pending renders
// instead of letting a stale panel pop into the next page.

export function parseDelay(value, fallback = 800) {
  const n = Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 60000) : fallback;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function createScope() {
  const timers = new Set();
  const cleanups = [];
  let disposed = false;
  return {
    get disposed() { return disposed; },
    later(ms, fn) {
      if (disposed) return;
      const id = setTimeout(() => { timers.delete(id); if (!disposed) fn(); }, ms);
      timers.add(id);
    },
    /** Register something to undo on dispose (listeners, store subscriptions). */
    own(cleanup) { if (disposed) cleanup(); else cleanups.push(cleanup); },
    dispose() {
      disposed = true;
      for (const id of timers) clearTimeout(id);
      timers.clear();
      while (cleanups.length) cleanups.pop()();
    },
  };
}
