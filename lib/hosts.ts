import type { AppId } from './pages/types';

/**
 * Where each app's content script runs, as the manifest says it: match patterns, narrowed by
 * `include_globs` where a pattern cannot say it (a match pattern's host is `*.` or exact, so "only
 * app-* and engage-* of marketo.com" needs globs). The background's sender check, the practice
 * sandbox and the frame checks read the same table, so the three can never disagree.
 */
export interface AppSites {
  matches: readonly string[];
  /** When present, a URL must also match one of these (Chrome and Firefox `include_globs`). */
  includeGlobs?: readonly string[];
}

export const APP_SITES = {
  marketo: {
    // The Marketo Engage instance hosts (classic app-XXX and the newer engage-XX; not login, the
    // community or the marketing site), and the Adobe Experience Cloud shell that frames them. On the
    // shell the script stays dormant until the route is Marketo's (see entrypoints/marketo.content).
    matches: ['https://*.marketo.com/*', 'https://experience.adobe.com/*'],
    includeGlobs: ['https://app-*.marketo.com/*', 'https://engage-*.marketo.com/*', 'https://experience.adobe.com/*'],
  },
  // Sales Insight Actions (formerly ToutApp / Marketo Sales Connect): the app lives under /next.
  'sales-insight-actions': { matches: ['https://toutapp.com/next*', 'https://*.toutapp.com/next*'] },
  // Salesforce Lightning, Setup and the Visualforce frame of the Marketo Sales Insight Config tab.
  salesforce: {
    matches: [
      'https://*.lightning.force.com/*',
      'https://*.my.salesforce.com/*',
      'https://*.my.salesforce-setup.com/*',
      'https://*.visual.force.com/*',
      'https://*.vf.force.com/*',
    ],
  },
} as const satisfies Record<AppId, AppSites>;

/** The host of the Adobe Experience Cloud shell, which runs Marketo in a child frame. */
export const EXPERIENCE_CLOUD_HOST = 'experience.adobe.com';

const escape = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** A match pattern (`https://*.host/path*`) as a test of a URL; only https patterns are used here. */
function patternTest(pattern: string): (url: URL) => boolean {
  const [, host = '', path = '/*'] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  // As in the browsers, `*.example.com` matches example.com itself and every subdomain.
  const hostTest = host.startsWith('*.')
    ? (name: string) => name === host.slice(2) || name.endsWith(host.slice(1))
    : (name: string) => name === host;
  const pathTest = new RegExp(`^${escape(path).replace(/\*/g, '.*')}$`);
  return (url) => url.protocol === 'https:' && hostTest(url.hostname) && pathTest.test(url.pathname + url.search);
}

/** A glob (`*` any run, `?` one character) as a test of a whole URL. */
function globTest(glob: string): (url: URL) => boolean {
  const re = new RegExp(`^${escape(glob).replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return (url) => re.test(url.href);
}

const TESTS = (Object.entries(APP_SITES) as Array<[AppId, AppSites]>).map(([app, sites]) => {
  const matches = sites.matches.map(patternTest);
  const globs = sites.includeGlobs?.map(globTest);
  return { app, runsOn: (url: URL) => matches.some((t) => t(url)) && (!globs || globs.some((t) => t(url))) };
});

/** The app whose content script the manifest runs on `url`, or null (not one of our sites). */
export function appOfUrl(url: string): AppId | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return TESTS.find((t) => t.runsOn(parsed))?.app ?? null;
}

/**
 * The app a page origin (e.g. from `location.ancestorOrigins`) belongs to: the app whose script would
 * run on some page of that origin. Paths do not count here; hosts do.
 */
export function appOfOrigin(origin: string): AppId | null {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return null;
  }
  // The root of the origin, then the one path an app is narrowed to (Sales Insight Actions' /next).
  return appOfUrl(`${parsed.origin}/`) ?? appOfUrl(`${parsed.origin}/next`);
}
