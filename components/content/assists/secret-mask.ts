import type { GuideAppData } from '../../../lib/guide/app-data';
import { userOnly } from '../../user-only';
import type { AppLocator } from '../app-locator';

interface Mask {
  key: string;
  box: HTMLElement;
  button: HTMLButtonElement;
  /** The host element's own inline visibility, restored when unmasked. */
  previous: [string, string];
  revealed: boolean;
}

export interface SecretMaskTexts {
  hidden: string;
  reveal: string;
  hide: string;
}

/**
 * Presenter mode's masks: every target flagged `secret` in this app's registry (Client ID and Secret,
 * the Set Up tab's fields, the API Secret Key) is hidden on the host page (`visibility: hidden`, so it
 * is neither painted nor part of the element's visible text) and covered by an opaque box in our
 * shadow root, with a per-field Reveal for the presenter.
 */
export function createSecretMask(data: GuideAppData, locator: AppLocator, shadow: ShadowRoot, texts: () => SecretMaskTexts) {
  const keys = Object.entries(data.targets).filter(([, def]) => def.secret).map(([key]) => key);
  const layer = document.createElement('div');
  layer.className = 'masks';
  shadow.append(layer);
  const masks = new Map<Element, Mask>();

  const hideHost = (element: Element, hidden: boolean) => {
    const style = (element as HTMLElement).style;
    const mask = masks.get(element);
    const [value, priority] = hidden ? ['hidden', 'important'] : (mask?.previous ?? ['', '']);
    // Only when it changes: every style write is a mutation the shared DOM watch would report again.
    if (style.getPropertyValue('visibility') !== value || style.getPropertyPriority('visibility') !== priority) {
      style.setProperty('visibility', value, priority);
    }
  };

  const draw = (element: Element, mask: Mask) => {
    const t = texts();
    const label = mask.revealed ? '' : `•••••••• ${t.hidden}`;
    if (mask.box.firstChild!.textContent !== label) mask.box.firstChild!.textContent = label;
    mask.box.dataset.revealed = String(mask.revealed);
    mask.button.textContent = mask.revealed ? t.hide : t.reveal;
    hideHost(element, !mask.revealed);
  };

  function add(element: Element, key: string) {
    const style = (element as HTMLElement).style;
    const box = document.createElement('div');
    box.className = 'secret-mask';
    box.dataset.secretMask = key;
    const label = document.createElement('span');
    const button = document.createElement('button');
    button.type = 'button';
    box.append(label, button);
    layer.append(box);
    const mask: Mask = { key, box, button, previous: [style.getPropertyValue('visibility'), style.getPropertyPriority('visibility')], revealed: false };
    button.addEventListener(
      'click',
      userOnly(() => {
        mask.revealed = !mask.revealed;
        draw(element, mask);
      }),
    );
    masks.set(element, mask);
    draw(element, mask);
  }

  function remove(element: Element) {
    const mask = masks.get(element);
    if (!mask) return;
    hideHost(element, false);
    mask.box.remove();
    masks.delete(element);
  }

  /** Places each box over its field (fixed positioning: scroll containers do not matter). */
  function place() {
    for (const [element, mask] of masks) {
      const r = element.getBoundingClientRect();
      Object.assign(mask.box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${Math.max(r.width, 140)}px`, height: `${Math.max(r.height, 22)}px` });
    }
  }

  // Scroll and resize move the boxes; listened to only while a mask is shown (scroll is a hot path).
  const onScroll = () => requestAnimationFrame(place);
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', onScroll, { capture: true, passive: true });
    window[method]('resize', onScroll, { passive: true });
  };

  return {
    /** Masks what is on screen now (or removes every mask when presenter mode is off). */
    update(enabled: boolean) {
      // A masked field is hidden, so the locator would not find it again: keep it while it is in the page.
      const keep = new Set([...masks.keys()].filter((el) => enabled && el.isConnected));
      const found = new Map<Element, string>();
      if (enabled) {
        for (const key of keys) {
          const result = locator.locate(key);
          if (result.status === 'found') found.set(result.element, key);
        }
      }
      for (const element of [...masks.keys()]) if (!keep.has(element) && !found.has(element)) remove(element);
      for (const [element, key] of found) if (!masks.has(element)) add(element, key);
      for (const [element, mask] of masks) draw(element, mask);
      listen(masks.size > 0);
      place();
    },
    destroy() {
      for (const element of [...masks.keys()]) remove(element);
      listen(false);
      layer.remove();
    },
  };
}
