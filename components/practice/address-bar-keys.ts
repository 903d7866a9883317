import { ADDRESS_INPUT_ID } from '../../lib/practice/address';

/**
 * Ctrl+L / Alt+D, a browser's keys for its address bar, reach the sandbox's address bar from inside a
 * practice screen too: keyboard users leave a screen as they would leave a page.
 */
export function addressBarKeys(win: Window): () => void {
  const onKey = (event: KeyboardEvent) => {
    const wanted = (event.ctrlKey && !event.altKey && event.code === 'KeyL') || (event.altKey && !event.ctrlKey && !event.shiftKey && event.code === 'KeyD');
    const bar = wanted ? addressBar(win) : null;
    if (!bar) return;
    event.preventDefault();
    bar.focus();
    bar.select();
  };
  win.addEventListener('keydown', onKey, true);
  return () => win.removeEventListener('keydown', onKey, true);
}

function addressBar(win: Window): HTMLInputElement | null {
  try {
    return win.top?.document.getElementById(ADDRESS_INPUT_ID) as HTMLInputElement | null;
  } catch {
    return null;
  }
}
