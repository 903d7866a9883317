// The replica's "place": the address of the real-app page it stands for.
// On the replica server a replica runs on the real hostname, so its place is
// simply `location`. In the extension's practice sandbox every replica runs at
// `<ext-origin>/replicas/<folder>/index.html?practice=<address without hash>#<hash>`
// (see lib/practice/address.ts, the sandbox's side of this contract). The hash
// stays the frame's own, so hashchange and `<a href="#…">` work natively.
// Every replica reads and writes its address, origin and storage through here.

const PARAM = 'practice';

/**
 * Host → replica folder, and the page a folder opens when no address is given.
 * Same mapping as replicaFolderFor in lib/practice/address.ts, which the replica server uses too
 * (tests/unit/replica-place.test.ts checks it).
 */
const FOLDERS = [
  { pattern: /\.marketo\.com$/, folder: 'marketo', home: 'https://app-ab12.marketo.com/' },
  { pattern: /^experience\.adobe\.com$/, folder: 'experience', home: 'https://experience.adobe.com/' },
  { pattern: /(^|\.)toutapp\.com$/, folder: 'sales-insight-actions', home: 'https://app.toutapp.com/next' },
  { pattern: /\.(force\.com|salesforce\.com|salesforce-setup\.com)$/, folder: 'salesforce', home: 'https://acme.lightning.force.com/lightning/page/home' },
];

/** The replica folder that stands for `hostname`, or null. @param {string} hostname */
export function folderForHost(hostname) {
  const host = String(hostname).toLowerCase();
  return FOLDERS.find((f) => f.pattern.test(host))?.folder ?? null;
}

/** Practice mode: the replica runs inside the extension, not on its real hostname. */
export const isPractice = () => /^(chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? ''); // no location: unit tests

/**
 * The address a real href stands for: in practice the decoded `practice=` address
 * (with the href's hash), null for any href that is no replica frame URL.
 * Outside practice the href itself.
 * @param {string} href
 * @returns {URL|null}
 */
export function addressOf(href) {
  const url = new URL(href, location.href);
  if (!isPractice()) return url;
  const raw = url.href.startsWith(`${location.origin}/replicas/`) ? url.searchParams.get(PARAM) : null;
  try {
    const address = new URL(raw ?? '');
    address.hash = url.hash;
    return address;
  } catch {
    return null;
  }
}

/** The address this page stands for, as a fresh URL (safe to modify). */
export function here() {
  const address = addressOf(location.href);
  if (address) return address;
  // Practice frame opened without an address: the folder's home page.
  const folder = location.pathname.split('/').at(-2);
  return new URL(FOLDERS.find((f) => f.folder === folder)?.home ?? 'https://replica.invalid/');
}

/** @typedef {string|URL} Address an address, absolute or relative to here() */

/** `url` (absolute, or relative to here()) as a URL. @param {Address} url */
const resolve = (url) => new URL(String(url), here());

/** The real frame URL for an address: the practice form in practice mode, else the address. @param {Address} url */
function encode(url) {
  const address = resolve(url);
  const folder = isPractice() ? folderForHost(address.hostname) : null;
  if (!folder) return address.href; // outside practice, or no replica stands for the host
  const hash = address.hash;
  address.hash = '';
  return `${location.origin}/replicas/${folder}/index.html?${PARAM}=${encodeURIComponent(address.href)}${hash}`;
}

/**
 * href for a link to `url`. Outside practice a same-origin link stays root-relative,
 * exactly as the replicas always wrote it.
 * @param {Address} url
 */
export function linkHref(url) {
  const address = resolve(url);
  if (isPractice() || address.origin !== location.origin) return encode(address);
  return `${address.pathname}${address.search}${address.hash}`;
}

/** src for a nested iframe showing `url` (usually another replica host). @param {Address} url */
export const frameSrc = (url) => encode(url);

/** history.replaceState to `url` (same host); popstate keeps working. @param {Address} url @param {unknown} [state] */
export function replaceAddress(url, state = history.state) {
  history.replaceState(state, '', linkHref(url));
}

/** history.pushState to `url` (same host). @param {Address} url @param {unknown} [state] */
export function pushAddress(url, state = null) {
  history.pushState(state, '', linkHref(url));
}

/** Full navigation to `url`; in practice it switches replica folder when the host changes. @param {Address} url */
export function go(url) { location.assign(linkHref(url)); }
/** The same, replacing the current history entry. @param {Address} url */
export function goReplace(url) { location.replace(linkHref(url)); }

/**
 * The origin a frame showing `url` really has, for postMessage targetOrigin and
 * event.origin checks. In practice every replica frame shares the extension's origin.
 * @param {Address} [url]
 */
export function realOrigin(url = here()) {
  return isPractice() ? location.origin : resolve(url).origin;
}

/**
 * A storage key for this page. In practice all replica hosts share one origin, so keys
 * are namespaced by the host they stand for; the sandbox's "Reset practice" removes
 * every key starting with `practice|`.
 * @param {string} key
 */
export function storageKey(key) {
  return isPractice() ? `practice|${here().hostname}|${key}` : key;
}

/**
 * This host's localStorage or sessionStorage with keys namespaced by storageKey, or null
 * when the browser denies storage (e.g. a third-party frame): callers keep state in memory.
 * `keys()` lists this host's keys (without the namespace).
 * @param {'localStorage'|'sessionStorage'} [kind]
 */
export function hostStorage(kind = 'localStorage') {
  let raw = null;
  try { raw = window[kind]; } catch { /* storage blocked */ }
  if (!raw) return null;
  const ns = storageKey('');
  return {
    getItem: (key) => raw.getItem(ns + key),
    setItem: (key, value) => raw.setItem(ns + key, value),
    removeItem: (key) => raw.removeItem(ns + key),
    keys: () => Array.from({ length: raw.length }, (_, i) => raw.key(i))
      .filter((k) => k?.startsWith(ns)).map((k) => k.slice(ns.length)),
  };
}

// A practice address may arrive encoded differently (URLSearchParams escapes `()~!'`); rewrite
// it once in this module's encoding, so links built from here() differ from the document
// URL only in their hash and stay fragment navigations.
if (isPractice() && addressOf(location.href)) {
  const address = here();
  address.hash = '';
  const canonical = `${location.pathname}?${PARAM}=${encodeURIComponent(address.href)}${location.hash}`;
  if (canonical !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', canonical);
}
