import { detectPage } from './detect';
import type { AppId, PageId } from './types';

/**
 * Where each page starts, as a path on the app's host. Admin › Sales Insight has no public route
 * token, so its URL opens Marketo and the callouts lead the rest of the way.
 */
const START_PATHS: Readonly<Partial<Record<PageId, string>>> = {
  'marketo-admin': '/',
  'marketo-admin-sales-insight': '/',
  'marketo-admin-salesforce': '/#SF0A1',
  'marketo-other': '/',
  'sia-settings': '/next#settings',
  'sia-settings-salesforce': '/next#settings/crm/salesforce/configure',
  'sia-settings-marketo': '/next#settings/admin/marketo',
  'sia-user-management': '/next#settings/admin/user-management',
  'sia-other': '/next',
  'sfdc-remote-sites': '/lightning/setup/SecurityRemoteProxy/home',
  'sfdc-installed-packages': '/lightning/setup/ImportedPackage/home',
  'sfdc-msi-config': '/lightning/n/mkto_si__Marketo_Sales_Insight_Config',
  'sfdc-other': '/lightning/setup/SetupOneHome/home',
};

/** The host every Sales Insight Actions customer uses; the other apps have one host per instance. */
export const DEFAULT_HOSTS: Readonly<Partial<Record<AppId, string>>> = { 'sales-insight-actions': 'toutapp.com' };

/**
 * The URL of `page` on `host`, or null when the host is not one of `app`'s hosts (so a mistyped host
 * never sends the user somewhere else). Reuses page detection as the check.
 */
export function startUrl(app: AppId, page: PageId, host: string): string | null {
  const url = `https://${host.toLowerCase()}${START_PATHS[page] ?? '/'}`;
  return detectPage({ url, canvasTitle: null, inFrame: false })?.app === app ? url : null;
}
