import { inNextFrame } from './next-frame';
import { inOnePass } from './one-pass';

/** Options of {@link createDomWatch}. */
export interface DomWatchOptions {
  /** Minimum time between two callback runs, in ms (default 100). */
  throttleMs?: number;
  /**
   * The minimum time instead when the change that wakes the watch is a heavy one (a grid re-rendering
   * hundreds of rows; default 3 × `throttleMs`): such a page is busy, and the guide's work waits a little
   * longer between runs. A control appearing or a panel opening is a light change and keeps the short one.
   */
  heavyThrottleMs?: number;
  /**
   * After a quiet spell, how long the first change waits for the rest of its burst before the run, in ms
   * (default 16, a frame; never more than `throttleMs`). A control that appears gets its callout about a
   * frame later, while a page that keeps changing still costs one run per throttle window.
   */
  settleMs?: number;
  /**
   * Mutations whose target this returns true for are ignored, e.g. the extension's own overlay host:
   * otherwise repositioning the overlay on every run would wake the watch forever.
   */
  ignore?: (target: Node) => boolean;
  /**
   * Run in the next animation frame (see inNextFrame; default false). Subscribers that measure then force
   * no layout of their own in the middle of the host's work: on a page that re-renders a grid in many
   * small tasks, that extra layout per run is most of what the guide costs it.
   */
  frameAligned?: boolean;
}

/** A scoped, throttled view of DOM changes shared by everything in one content script. */
export interface DomWatch {
  /** Calls `cb` after DOM changes, at most once per throttle window. Returns the unsubscribe function. */
  subscribe(cb: () => void): () => void;
  /** Resolves with the first non-null `probe()` result (probed now, then after each batch), or null after `timeoutMs`. */
  waitFor<T>(probe: () => T | null, timeoutMs: number): Promise<T | null>;
  /** Stops watching; pending `waitFor`s resolve null and later subscriptions are ignored. */
  dispose(): void;
}

/** Attributes that toggle what is shown or selected; others (data-*, aria-describedby…) churn without meaning. */
const ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'aria-expanded', 'disabled', 'value', 'checked'];

/** Nodes added or removed in one batch beyond which the page is busy re-rendering (see heavyThrottleMs). */
const HEAVY_BATCH = 100;

function isHeavy(records: readonly MutationRecord[]): boolean {
  if (records.length > HEAVY_BATCH) return true;
  let nodes = 0;
  for (const r of records) if ((nodes += r.addedNodes.length + r.removedNodes.length) > HEAVY_BATCH) return true;
  return false;
}

/** Reports an exception from a subscriber without stopping the others (and without console access). */
function report(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/**
 * Creates one MutationObserver on `root`, shared by all subscribers. It observes only while someone is
 * subscribed, and its callback only schedules: all querying happens in the throttled run, so host pages
 * that mutate thousands of nodes per second (ExtJS grids) cost one timer per window.
 */
export function createDomWatch(root: Node, options: DomWatchOptions = {}): DomWatch {
  const throttleMs = options.throttleMs ?? 100;
  const settleMs = Math.min(options.settleMs ?? 16, throttleMs);
  const heavyThrottleMs = options.heavyThrottleMs ?? throttleMs * 3;
  const { ignore } = options;
  const subscribers = new Set<() => void>();
  const cancels = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: (() => void) | undefined;
  /** When the last run started (Date.now), so runs stay a throttle window apart. */
  let lastRun = -Infinity;
  let observing = false;
  let disposed = false;

  const observe = (): void => observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });

  const run = (): void => {
    timer = frame = undefined;
    lastRun = Date.now();
    // Listening again before the subscribers look, so nothing that changes from here on is missed.
    if (observing) observe();
    // A snapshot: callbacks may unsubscribe (waitFor does) while we iterate. One pass: subscribers that
    // read the same targets (page detection, the guide, evidence) find each of them once.
    inOnePass(() => {
      for (const cb of [...subscribers]) {
        try {
          cb();
        } catch (error) {
          report(error);
        }
      }
    });
  };

  // Trailing-edge throttle: the first change of a burst arms the timer, the rest of the burst rides on it.
  // The run comes `settleMs` after that change, or a throttle window after the last run if that is later.
  const doc = root.ownerDocument ?? (root as Document);
  const due = options.frameAligned ? () => void (frame = inNextFrame(doc, run) ?? undefined) : run;

  // Once a run is due the subscribers will read the page as it is then, so until that run the browser
  // need not record the host's further changes: on a page re-rendering a grid, recording every one of
  // them is most of what watching costs. (Subscribers never read the records, only the page.)
  const observer = new MutationObserver((records) => {
    if (timer !== undefined || frame !== undefined) return;
    if (ignore && records.every((r) => ignore(r.target))) return;
    observer.disconnect();
    const window = isHeavy(records) ? heavyThrottleMs : throttleMs;
    timer = setTimeout(due, Math.max(settleMs, lastRun + window - Date.now()));
  });

  const stop = (): void => {
    if (observing) observer.disconnect();
    observing = false;
    if (timer !== undefined) clearTimeout(timer);
    frame?.();
    timer = frame = undefined;
  };

  const subscribe = (cb: () => void): (() => void) => {
    if (disposed) return () => {};
    // Wrapped so the same function may subscribe twice and unsubscribe each independently.
    const entry = (): void => cb();
    subscribers.add(entry);
    if (!observing) {
      observe();
      observing = true;
    }
    return () => {
      subscribers.delete(entry);
      if (subscribers.size === 0) stop();
    };
  };

  const waitFor = <T>(probe: () => T | null, timeoutMs: number): Promise<T | null> =>
    new Promise<T | null>((resolve, reject) => {
      let first: T | null;
      try {
        first = probe();
      } catch (error) {
        reject(error);
        return;
      }
      if (first !== null || disposed) {
        resolve(first);
        return;
      }
      const finish = (value: T | null, error?: unknown): void => {
        clearTimeout(deadline);
        unsubscribe();
        cancels.delete(cancel);
        if (error === undefined) resolve(value);
        else reject(error);
      };
      const cancel = (): void => finish(null);
      const deadline = setTimeout(cancel, timeoutMs);
      const unsubscribe = subscribe(() => {
        try {
          const value = probe();
          if (value !== null) finish(value);
        } catch (error) {
          finish(null, error);
        }
      });
      cancels.add(cancel);
    });

  const dispose = (): void => {
    disposed = true;
    for (const cancel of [...cancels]) cancel();
    subscribers.clear();
    stop();
  };

  return { subscribe, waitFor, dispose };
}
