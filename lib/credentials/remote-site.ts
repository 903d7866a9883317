import { compactOf } from './chars';
import { makeFinding, makePublicFix } from './finding';
import { hygieneFindings } from './hygiene';
import type { Finding, FindingCode, Severity } from './types';

import { REMOTE_SITE_URLS, type RemoteSiteUrl } from '../apps/salesforce/remote-sites';

export { REMOTE_SITE_URLS, type RemoteSiteUrl };

// scheme://host:port/path?query#hash, every part optional, so that "ims-na1.adobelogin.com/" parses too.
const URL_PARTS = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#:]*)(:\d*)?([^?#]*)(\?[^#]*)?(#.*)?$/i;

/**
 * Checks a Remote Site URL against the one expected in this entry. Besides paste debris it reports
 * http instead of https, a missing scheme, upper-case letters, a trailing slash, anything after the
 * host, the other remote site's URL, and anything else as a mismatch. The fix is always the expected
 * URL (a public constant), except for the other remote site, which belongs in its own entry.
 */
export function checkRemoteSiteUrl(value: string, expected: RemoteSiteUrl): Finding[] {
  const hygiene = hygieneFindings(value, { field: 'remoteSiteUrl', lenient: false, isWellFormed: (c) => c === expected });
  if (hygiene.some((f) => f.code === 'empty')) return hygiene;
  const compact = compactOf(value);
  return compact === expected ? hygiene : [...hygiene, ...urlFindings(compact, expected)];
}

function urlFindings(c: string, expected: RemoteSiteUrl): Finding[] {
  const otherUrl = REMOTE_SITE_URLS.find((u) => u !== expected) ?? expected;
  const params = { expectedUrl: expected, otherUrl };
  const fix = makePublicFix('use-expected-url', expected);
  const finding = (code: FindingCode, severity: Severity) => makeFinding(code, severity, 'remoteSiteUrl', { params, fix });

  const [, scheme, host, port, path, query, hash] = URL_PARTS.exec(c) ?? [];
  if (!host) return [finding('remote-site-mismatch', 'error')];
  const hostOf = (url: string) => url.slice(url.indexOf('://') + 3);
  if (host.toLowerCase() === hostOf(otherUrl)) {
    return [makeFinding('remote-site-other-entry', 'error', 'remoteSiteUrl', { params })];
  }
  if (host.toLowerCase() !== hostOf(expected)) return [finding('remote-site-mismatch', 'error')];

  const out: Finding[] = [];
  const lowerScheme = scheme?.toLowerCase();
  if (lowerScheme === undefined) out.push(finding('remote-site-missing-scheme', 'error'));
  else if (lowerScheme === 'http') out.push(finding('remote-site-http', 'error'));
  else if (lowerScheme !== 'https') out.push(finding('remote-site-mismatch', 'error'));
  // Host names and schemes ignore case, so this works; it is a warning because the entry is not exact.
  if (host !== host.toLowerCase() || (scheme !== undefined && scheme !== lowerScheme)) out.push(finding('remote-site-host-case', 'warning'));
  if (port !== undefined || query !== undefined || hash !== undefined || (path !== undefined && path !== '' && path !== '/')) {
    out.push(finding('remote-site-extra-path', 'error'));
  } else if (path === '/') {
    // A lone trailing slash is normally accepted, so only a warning; the guide still asks for the exact URL.
    out.push(finding('remote-site-trailing-slash', 'warning'));
  }
  return out;
}
