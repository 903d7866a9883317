// Any tabindex: a tab of a roving-tabindex tab bar has -1 until chosen, yet takes focus from a script.
const FOCUSABLE = 'a[href],button,input,select,textarea,summary,[tabindex],[contenteditable="true"]';

/**
 * Moves keyboard focus to the control a callout points at, so a keyboard user can act on it (Enter,
 * Space, typing) without hunting with Tab. The target itself when it takes focus, else the control
 * around it (a label inside a button) or in it (a field inside its wrapper).
 */
export function focusTarget(target: Element): boolean {
  const control = target.matches(FOCUSABLE) ? target : (target.closest(FOCUSABLE) ?? target.querySelector(FOCUSABLE));
  if (!control || !('focus' in control)) return false;
  (control as HTMLElement).focus();
  return control.ownerDocument.activeElement === control;
}

const JUMP = 'msi-guide:jump';

/**
 * Alt+Shift+J: focus the callout's control in this frame; when the callout shows in another frame
 * (Marketo inside Experience Cloud, a Setup page inside Lightning, or the shell around the focused
 * frame), pass the key on: down to child frames, and up to the parent, never back where it came from.
 * Returns the jump action and a stop function.
 */
export function createJump(win: Window, target: () => Element | null) {
  const jump = (from: MessageEventSource | null = null, up = true) => {
    const element = target();
    if (element) return void focusTarget(element);
    for (const frame of Array.from(win.document.querySelectorAll('iframe'))) {
      if (frame.contentWindow && frame.contentWindow !== from) frame.contentWindow.postMessage({ type: JUMP, up: false }, '*');
    }
    if (up && win.parent !== win && win.parent !== from) win.parent.postMessage({ type: JUMP, up: true }, '*');
  };
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; up?: unknown } | null;
    if (data?.type !== JUMP) return;
    const fromParent = event.source === win.parent && win.parent !== win;
    const fromChild = Array.from(win.document.querySelectorAll('iframe')).some((f) => f.contentWindow === event.source);
    // From the parent: look here and further down. From a child: here, its siblings and further up.
    if (fromParent || fromChild) jump(event.source, fromChild && data.up === true);
  };
  win.addEventListener('message', onMessage);
  return { jump: () => jump(), stop: () => win.removeEventListener('message', onMessage) };
}
