import { detectWith, type Detector } from '../../lib/pages/detect';
import { readPageSignals, type FrameAddress } from '../../lib/pages/signals';
import type { PageDetection } from '../../lib/pages/types';
import type { DomWatch } from '../../lib/locator/dom-watch';

const same = (a: PageDetection | null, b: PageDetection | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Detects the page of this frame and calls `onChange` whenever it changes: on hash and history
 * navigation and on re-rendered panels. Inside experience.adobe.com the Marketo frame may not see
 * `hashchange`, so DOM changes (the shared, throttled watch) re-run detection too.
 * After a navigation event the page is reported even when unchanged: the background forgets a tab
 * that starts loading. `address` stands in for the location in the practice sandbox. Returns a stop function.
 */
export function watchPage(
  watch: DomWatch,
  detectors: readonly Detector[],
  onChange: (detection: PageDetection | null) => void,
  address?: () => FrameAddress,
): () => void {
  let last: PageDetection | null | undefined;

  const check = (force = false) => {
    const detection = detectWith(detectors, readPageSignals(document, window, address?.()));
    if (!force && last !== undefined && same(last, detection)) return;
    last = detection;
    onChange(detection);
  };
  const navigated = () => check(true);
  // The document is going away: tell the background this frame shows nothing any more.
  const leaving = () => onChange(null);

  check();
  const unsubscribe = watch.subscribe(() => check());
  window.addEventListener('hashchange', navigated);
  window.addEventListener('popstate', navigated);
  window.addEventListener('pageshow', navigated);
  window.addEventListener('pagehide', leaving);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', navigated);
    window.removeEventListener('popstate', navigated);
    window.removeEventListener('pageshow', navigated);
    window.removeEventListener('pagehide', leaving);
  };
}
