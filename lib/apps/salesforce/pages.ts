import type { PageDetection, PageId } from '../../pages/types';

/** Lightning, Setup and Visualforce hosts of a Salesforce org (the last two from newer domain rules). */
const SALESFORCE_HOST =
  /^[a-z0-9-]+(?:--[a-z0-9]+)*\.(?:lightning\.force\.com|my\.salesforce\.com|my\.salesforce-setup\.com|[a-z0-9-]*\.?visual\.force\.com|vf\.force\.com)$/i;

/** Setup pages by path: Lightning Setup node names and Classic key prefixes (0rp, 0A3). */
const SALESFORCE_PATHS: ReadonlyArray<readonly [RegExp, PageId]> = [
  [/^\/lightning\/setup\/SecurityRemoteProxy\//i, 'sfdc-remote-sites'],
  [/^\/0rp(?:\/|$)/, 'sfdc-remote-sites'],
  [/^\/lightning\/setup\/ImportedPackage\//i, 'sfdc-installed-packages'],
  [/^\/0A3(?:\/|$)/, 'sfdc-installed-packages'],
  // The MSI package (namespace mkto_si) renders its config tab as a Visualforce page (inference).
  [/^\/apex\/(?:mkto_si__)?[A-Za-z_]*Config\b/i, 'sfdc-msi-config'],
  [/^\/lightning\/n\/mkto_si__[A-Za-z_]*Config\b/i, 'sfdc-msi-config'],
];

/** Which Salesforce page a frame shows. */
export function detectSalesforce(url: URL): PageDetection | null {
  if (!SALESFORCE_HOST.test(url.hostname)) return null;
  const page = SALESFORCE_PATHS.find(([pattern]) => pattern.test(url.pathname))?.[1] ?? 'sfdc-other';
  return { app: 'salesforce', page, host: url.hostname.toLowerCase() };
}
