/** True when the user is typing: our shortcuts must not take their keys. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'checkbox', 'radio', 'file'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target as HTMLElement).isContentEditable;
}

/** A presenter's clicker sends PageDown / PageUp. */
function clickerAction(event: KeyboardEvent, on: { next(): void; back(): void }) {
  if (event.altKey || event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return event.code === 'PageDown' ? on.next : event.code === 'PageUp' ? on.back : null;
}

/**
 * Alt+Shift+→ next, Alt+Shift+← back, Alt+Shift+M minimise/restore, Alt+Shift+J jump to the control the
 * callout points at — combinations hosts rarely use — and in presenter mode also PageDown / PageUp (a
 * clicker). Never while focus is in a field (the host's or ours), never for synthetic events.
 */
export function installShortcuts(
  win: Window,
  on: { next(): void; back(): void; toggle(): void; jump(): void; presenter(): boolean; targetOf(event: Event): EventTarget | null },
): () => void {
  const handler = (event: KeyboardEvent) => {
    // A host script's synthetic key events do not move the guide.
    if (!event.isTrusted || isEditable(on.targetOf(event))) return;
    const chord = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
    const action = chord
      ? ({ ArrowRight: on.next, ArrowLeft: on.back, KeyM: on.toggle, KeyJ: on.jump } as Record<string, () => void>)[event.code] ?? null
      : on.presenter() ? clickerAction(event, on) : null;
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  win.addEventListener('keydown', handler, true);
  return () => win.removeEventListener('keydown', handler, true);
}
