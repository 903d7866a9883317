import { detectPage } from '../../lib/pages/detect';
import { readPageSignals } from '../../lib/pages/signals';
import type { PageDetection } from '../../lib/pages/types';

/** Re-detection runs at most this often while the host page re-renders. */
const THROTTLE_MS = 300;

const same = (a: PageDetection | null, b: PageDetection | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Detects the page of this frame and calls `onChange` whenever it changes: on hash and history
 * navigation and on re-rendered panels. Inside experience.adobe.com the Marketo frame may not see
 * `hashchange`, so DOM changes (throttled) re-run detection too. Returns a stop function.
 */
export function watchPage(onChange: (detection: PageDetection | null) => void): () => void {
  let last: PageDetection | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let force = false;

  const check = () => {
    timer = undefined;
    const detection = detectPage(readPageSignals(document, window));
    const repeat = last !== undefined && same(last, detection);
    if (repeat && !force) return;
    force = false;
    last = detection;
    onChange(detection);
  };
  const schedule = () => {
    timer ??= setTimeout(check, THROTTLE_MS);
  };
  // After a navigation the background may have forgotten this tab (it clears a tab that starts
  // loading), so navigation events report even an unchanged page.
  const navigated = () => {
    force = true;
    schedule();
  };
  // The document is going away: tell the background this frame shows nothing any more.
  const leaving = () => onChange(null);

  check();
  window.addEventListener('hashchange', navigated);
  window.addEventListener('popstate', navigated);
  window.addEventListener('pagehide', leaving);
  window.addEventListener('pageshow', navigated);
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    window.removeEventListener('hashchange', navigated);
    window.removeEventListener('popstate', navigated);
    window.removeEventListener('pagehide', leaving);
    window.removeEventListener('pageshow', navigated);
    if (timer) clearTimeout(timer);
  };
}
