// URL options, per-origin state and iframe addresses of the Salesforce replica.
// One folder serves every org host (Lightning, Setup, Visualforce), so each
// page reads its own URL here and decides what to render in sf-main.js.
//
// Options: lang=de, delay=MS (default 300), reset=1, msi=0 (MSI package not
// installed), msiver=1.46, sites=msi|none (seed the remote site list),
// msitab=more (MSI Config tab under "More" instead of in the nav bar).

import { pickLang } from '../shared/lang.js';
import { parseDelay } from '../shared/timing.js';
import { here, hostStorage, linkHref, replaceAddress } from '../shared/place.js';

/** Every replica key in localStorage/sessionStorage starts with this. */
export const PREFIX = 'sfReplica.';
/** Options that travel along in-app navigation and into the iframes a page hosts. */
export const CARRY = ['lang', 'delay', 'msi', 'msiver', 'sites', 'msitab'];
const PENDING_RESET = `${PREFIX}pendingFrameReset`;

export function readOptions(address = here()) {
  const q = address.searchParams;
  const ver = q.get('msiver') ?? '';
  return {
    q,
    lang: pickLang(q.get('lang')),
    delay: parseDelay(q.get('delay'), 300),
    reset: q.get('reset') === '1',
    msiInstalled: q.get('msi') !== '0',
    msiVersion: /^\d{1,2}\.\d{1,3}(\.\d{1,3})?$/.test(ver) ? ver : '1.46',
    sites: ['msi', 'none'].includes(q.get('sites')) ? q.get('sites') : null,
    msiTab: q.get('msitab') === 'more' ? 'more' : 'bar',
    // Lightning loads classic Setup pages with isdtp=p1: no classic header/sidebar.
    embedded: q.has('isdtp'),
  };
}

/** reset=1: forget this origin's replica state, then drop the option from the URL so a reload keeps new state. */
export function applyReset(opts) {
  if (!opts.reset) return;
  for (const store of [hostStorage('localStorage'), hostStorage('sessionStorage')]) {
    try {
      for (const key of store?.keys() ?? []) if (key.startsWith(PREFIX)) store.removeItem(key);
    } catch { /* blocked */ }
  }
  const address = here();
  address.searchParams.delete('reset');
  replaceAddress(address);
}

/**
 * The Lightning page hosts iframes of other origins (Setup, Visualforce) that keep
 * their own state. reset=1 on a Lightning page is handed to the first iframe of each
 * origin opened in this tab, even after in-app navigation.
 */
export function markFramesForReset() {
  try { hostStorage('sessionStorage')?.setItem(PENDING_RESET, JSON.stringify(['setup', 'vf'])); } catch { /* blocked */ }
}
export function takeFrameReset(kind) {
  try {
    const session = hostStorage('sessionStorage');
    const pending = JSON.parse(session?.getItem(PENDING_RESET) ?? '[]');
    if (!pending.includes(kind)) return false;
    session.setItem(PENDING_RESET, JSON.stringify(pending.filter((k) => k !== kind)));
    return true;
  } catch {
    return false;
  }
}

/** The carried options of `q`, as a query string fragment without "?" (may be empty). */
export function carried(q) {
  const out = new URLSearchParams();
  for (const k of CARRY) if (q.has(k)) out.set(k, q.get(k));
  return out;
}

/** The address `path` (may contain a query) plus the carried options of the current address and `extra`. */
export function addressWith(path, extra = {}, q = here().searchParams) {
  const url = new URL(path, here().origin);
  for (const [k, v] of carried(q)) if (!url.searchParams.has(k)) url.searchParams.set(k, v);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) url.searchParams.set(k, v);
  return url;
}

/** A link to addressWith(…). */
export const hrefWith = (path, extra, q) => linkHref(addressWith(path, extra, q));

/** The org's hosts, derived from whichever of them this page runs on (`acme.lightning.force.com` → acme). */
export function orgHosts(hostname = here().hostname) {
  const org = hostname.split('.')[0].split('--')[0];
  return {
    org,
    lightning: `${org}.lightning.force.com`,
    setup: `${org}.my.salesforce-setup.com`,
    vf: `${org}--mkto-si.vf.force.com`,
  };
}

/** What kind of Salesforce host this is. */
export function hostKind(hostname = here().hostname) {
  if (/\.lightning\.force\.com$/i.test(hostname)) return 'lightning';
  if (/\.(vf\.force\.com|visual\.force\.com)$/i.test(hostname)) return 'vf';
  return 'setup'; // *.my.salesforce-setup.com and classic *.my.salesforce.com
}
