import { appOfUrl } from '../../lib/hosts';

/**
 * Does this document embed a frame of one of the guided apps (Marketo in the Experience Cloud shell,
 * a classic Setup page or the Visualforce config inside Lightning)? Then that frame shows the real
 * page, and this one must not claim a target is missing. `addressOf` gives the URL a frame stands for (its own
 * outside the practice sandbox).
 */
export function hasGuidedChildFrame(doc: Document, addressOf: (src: string) => string = (src) => src): boolean {
  return Array.from(doc.querySelectorAll('iframe')).some((frame) => frame.src !== '' && appOfUrl(addressOf(frame.src)) !== null);
}
