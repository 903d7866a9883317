import { browser } from 'wxt/browser';
import { practiceAddressOf } from '../../lib/practice/address';

/** The built guest runtime (entrypoints/practice-guest): the content runtime for replica frames. */
const GUEST_SCRIPT = '/practice-guest.js' as const;
const MARK = 'data-msi-practice-guest';

/**
 * Starts the guide in a replica frame of the sandbox, as the browser starts our content scripts in a
 * live app's frames: the frame is ours (same origin), so a script element does it. Frames that show no
 * replica are left alone; a frame already running the guide is not given a second one.
 */
export function injectGuest(frame: HTMLIFrameElement): void {
  try {
    const doc = frame.contentDocument;
    const href = frame.contentWindow?.location.href;
    if (!doc?.head || !href || !practiceAddressOf(href) || doc.querySelector(`script[${MARK}]`)) return;
    const script = doc.createElement('script');
    script.src = browser.runtime.getURL(GUEST_SCRIPT);
    script.setAttribute(MARK, '');
    doc.head.append(script);
  } catch {
    // Not ours (a cross-origin frame): nothing to guide there.
  }
}

/**
 * Keeps the guide running in `frame` across its navigations: on every load, and now when it has
 * loaded already. Returns a stop function.
 */
export function guideFrame(frame: HTMLIFrameElement): () => void {
  const onLoad = () => injectGuest(frame);
  frame.addEventListener('load', onLoad);
  if (frame.contentDocument?.readyState === 'complete') onLoad();
  return () => frame.removeEventListener('load', onLoad);
}

/**
 * Guides every iframe of `doc`, present and future: replicas nest frames (Marketo inside the Experience
 * Cloud shell, a Setup page inside Lightning), and the content scripts run in all frames on the live apps.
 */
export function guideChildFrames(doc: Document): () => void {
  const guided = new WeakSet<HTMLIFrameElement>();
  const stops: Array<() => void> = [];
  const scan = () => {
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      if (guided.has(frame)) continue;
      guided.add(frame);
      stops.push(guideFrame(frame));
    }
  };
  const observer = new MutationObserver(scan);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan();
  return () => {
    observer.disconnect();
    stops.forEach((stop) => stop());
  };
}
