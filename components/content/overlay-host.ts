import overlayCss from '../callout/overlay.css?inline';

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
};

export interface OverlayHost {
  /** The host element on the page (the DOM watch ignores changes inside it). */
  element: HTMLElement;
  /** Where Preact renders the overlay. */
  root: HTMLElement;
  /** The shadow root, for in-page assists that render their own UI beside host fields. */
  shadow: ShadowRoot;
  /** Says a text in the polite live region (step changes). */
  announce(text: string): void;
  destroy(): void;
}

/**
 * Our UI's home on a host page: a custom element with an open shadow root (styles isolated both
 * ways), shown in the top layer via the Popover API so host modal windows cannot cover it.
 */
export function createOverlayHost(doc: Document = document): OverlayHost {
  const host = doc.createElement('msi-guide-overlay');
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = overlayCss;
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
  return {
    element: host,
    root,
    shadow,
    announce(text) {
      // Clear first so the same text is announced again.
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 30);
    },
    destroy: () => host.remove(),
  };
}
