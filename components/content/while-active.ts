/** How often the address is read again where no event says it changed (`history.replaceState`). */
export const ADDRESS_POLL_MS = 1000;

/**
 * Runs `start` while `active()` holds, and stops what it started when it no longer does. Only
 * navigation is watched (hash and history events, and a slow read of the address for changes no
 * event reports): while inactive the frame has no DOM observer and sends no message. Used on the
 * Experience Cloud shell, whose host every Adobe app shares: only its route says "Marketo".
 * Returns the function that stops everything.
 */
export function whileActive(win: Window, active: () => boolean, start: () => () => void): () => void {
  let stop: (() => void) | null = null;
  const check = () => {
    const now = active();
    if (now && !stop) stop = start();
    else if (!now && stop) {
      stop();
      stop = null;
    }
  };
  check();
  win.addEventListener('hashchange', check);
  win.addEventListener('popstate', check);
  const timer = win.setInterval(check, ADDRESS_POLL_MS);
  return () => {
    win.removeEventListener('hashchange', check);
    win.removeEventListener('popstate', check);
    win.clearInterval(timer);
    stop?.();
    stop = null;
  };
}
