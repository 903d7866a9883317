import { detectPage } from '../../lib/pages/detect';

/**
 * Does this document embed a frame of one of the guided apps (Marketo in the Experience Cloud shell,
 * a classic Setup page or the Visualforce config inside Lightning)? Then that frame shows the real
 * page, and this one must not claim a target is missing.
 */
export function hasGuidedChildFrame(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('iframe')).some((frame) => detectPage({ url: frame.src, canvasTitle: null, inFrame: true }) !== null);
}
