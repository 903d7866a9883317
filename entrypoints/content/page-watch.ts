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

  const check = () => {
    timer = undefined;
    const detection = detectPage(readPageSignals(document, window));
    if (last !== undefined && same(last, detection)) return;
    last = detection;
    onChange(detection);
  };
  const schedule = () => {
    timer ??= setTimeout(check, THROTTLE_MS);
  };

  check();
  window.addEventListener('hashchange', schedule);
  window.addEventListener('popstate', schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    window.removeEventListener('hashchange', schedule);
    window.removeEventListener('popstate', schedule);
    if (timer) clearTimeout(timer);
  };
}
