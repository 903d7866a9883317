import { CONTENT_SCRIPT_MATCHES } from '../../lib/hosts';

/** Our match patterns as host tests (`https://*.marketo.com/*` → any subdomain of marketo.com). */
const HOSTS = CONTENT_SCRIPT_MATCHES.map((pattern) => {
  const host = pattern.slice('https://'.length, pattern.indexOf('/', 'https://'.length));
  const exact = host.replace(/^\*\./, '');
  return (name: string) => name === exact || (host.startsWith('*.') && name.endsWith(`.${exact}`));
});

/**
 * Does this document embed a frame of one of the guided apps (Marketo in the Experience Cloud shell,
 * a classic Setup page or the Visualforce config inside Lightning)? Then that frame shows the real
 * page, and this one must not claim a target is missing. `addressOf` gives the URL a frame stands for (its own
 * outside the practice sandbox).
 */
export function hasGuidedChildFrame(doc: Document, addressOf: (src: string) => string = (src) => src): boolean {
  return Array.from(doc.querySelectorAll('iframe')).some((frame) => {
    try {
      const url = new URL(addressOf(frame.src));
      return url.protocol === 'https:' && HOSTS.some((matches) => matches(url.hostname));
    } catch {
      return false;
    }
  });
}
