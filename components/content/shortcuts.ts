/** True when the user is typing: our shortcuts must not take their keys. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target as HTMLElement).isContentEditable;
}

/**
 * Alt+Shift+→ next, Alt+Shift+← back, Alt+Shift+M minimise/restore. Combinations hosts rarely use,
 * and never while focus is in a field of the host page.
 */
export function installShortcuts(win: Window, on: { next(): void; back(): void; toggle(): void }): () => void {
  const handler = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] ?? event.target;
    if (isEditable(target)) return;
    const action = event.code === 'ArrowRight' ? on.next : event.code === 'ArrowLeft' ? on.back : event.code === 'KeyM' ? on.toggle : null;
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  win.addEventListener('keydown', handler, true);
  return () => win.removeEventListener('keydown', handler, true);
}
