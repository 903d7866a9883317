import type { CalloutLookup, CalloutTextKey } from '../../lib/i18n/callout-text';
import { lookupIn } from '../../lib/i18n/define-text';
import type { OverlayLook } from '../../lib/messaging/protocol';

/** Host-element styles, set as !important inline styles so host CSS cannot move or hide our layer. */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: '0',
  width: '100vw',
  height: '100vh',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'pointer-events': 'none',
  // Above ExtJS windows (z-index ~19000–29000) even where the Popover API's top layer is unavailable.
  'z-index': '2147483647',
  display: 'block',
  // Our layer is laid out, styled and painted on its own: the host's re-layouts (a grid re-rendering)
  // never take our subtree with them, nor ours the host's.
  contain: 'strict',
};

export interface OverlayHost {
  /** The host element on the page (the DOM watch ignores changes inside it). */
  element: HTMLElement;
  /** Where Preact renders the overlay. */
  root: HTMLElement;
  /** The shadow root, for in-page assists that render their own UI beside host fields. */
  shadow: ShadowRoot;
  /**
   * Says a text in the polite live region (step changes). While the layer is hidden the latest is held,
   * and worded only when the layer shows (the texts arrive with the stylesheet).
   */
  announce(text: () => string): void;
  /** Whether the look has arrived (the layer stays hidden until then). */
  readonly styled: boolean;
  /** Applies the overlay's stylesheet and texts and shows the layer (the background serves them: see run-guide). */
  applyLook(look: OverlayLook): void;
  /** The callouts' texts: empty until the look arrives. */
  readonly text: CalloutLookup;
  /**
   * The element an event really started at. Listeners outside a closed shadow root see its host
   * element as the target; inside our layer that hides which of our controls (or fields) it was.
   */
  targetOf(event: Event): EventTarget | null;
  destroy(): void;
}

/**
 * The overlay's shadow root is closed: host scripts can neither read what we show (a revealed secret,
 * a CSV verdict) nor reach our buttons. The e2e build opens it (WXT_E2E_OPEN_SHADOW, see wxt.config.ts)
 * because Playwright cannot look into closed roots; nothing else differs, and the trust tests run
 * against the production build.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.WXT_E2E_OPEN_SHADOW === 'true' ? 'open' : 'closed';

/**
 * Our UI's home on a host page: a custom element with a closed shadow root (styles isolated both
 * ways), shown in the top layer via the Popover API so host modal windows cannot cover it.
 */
export function createOverlayHost(doc: Document = document): OverlayHost {
  const host = doc.createElement('msi-guide-overlay');
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  // Hidden until its stylesheet arrives, so the host never sees our UI unstyled.
  host.style.setProperty('visibility', 'hidden', 'important');
  const style = doc.createElement('style');
  const root = doc.createElement('div');
  root.className = 'layer';
  const live = doc.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  shadow.append(style, live, root);
  doc.documentElement.append(host);

  const supportsPopover = typeof host.showPopover === 'function';
  if (supportsPopover) {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  }
  let pending: (() => string) | null = null;
  let text = lookupIn<CalloutTextKey>(null);
  const say = (text: string) => {
    // Clear first so the same text is announced again.
    live.textContent = '';
    setTimeout(() => (live.textContent = text), 30);
  };
  return {
    element: host,
    root,
    shadow,
    announce(words) {
      // A hidden live region is not read out: keep the latest text for when the layer shows.
      if (style.textContent) say(words());
      else pending = words;
    },
    get styled() {
      return style.textContent !== '';
    },
    get text() {
      return text;
    },
    applyLook(look) {
      text = lookupIn(look.texts);
      style.textContent = look.css;
      host.style.setProperty('visibility', 'visible', 'important');
      if (pending !== null) say(pending());
      pending = null;
    },
    targetOf(event) {
      const outer = event.composedPath()[0] ?? event.target;
      return outer === host ? (shadow.activeElement ?? host) : outer;
    },
    destroy: () => host.remove(),
  };
}
