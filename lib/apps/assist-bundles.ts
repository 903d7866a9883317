import { APP_OF_PAGE, type AppId, type PageId } from '../pages/types';

/**
 * The in-page assists that are not part of the content scripts, with the pages they serve. Each bundle is
 * its own script, which the background injects into a frame once that frame shows one of these pages: code
 * that serves one page is not parsed on every page of the app, and every content script stays within its
 * size budget. A bundle's app is its pages' app. The bundles of the pages that show secrets (the credential
 * pages) also carry presenter mode's masks (components/content/assists/presenter-mask.ts).
 */
export const ASSIST_BUNDLES = {
  /** Copy buttons on Marketo's Integration Information card (Admin › Sales Insight). */
  'credentials-copy': ['marketo-admin-sales-insight'],
  /** Credential checks beside the fields of Sales Insight Actions' Marketo Set Up tab. */
  'credentials-setup': ['sia-settings-marketo'],
  /** The CSV pre-flight on the Invite Users via CSV dialog. */
  'csv-upload': ['sia-user-management'],
  /** The remote site URLs and the API Secret Key checks in Salesforce Setup. */
  'salesforce-credentials': ['sfdc-remote-sites', 'sfdc-msi-config'],
} as const satisfies Record<string, readonly PageId[]>;

export type AssistBundle = keyof typeof ASSIST_BUNDLES;

export const ASSIST_BUNDLE_NAMES = Object.keys(ASSIST_BUNDLES) as [AssistBundle, ...AssistBundle[]];

/** The bundle's script in the package: WXT writes unlisted scripts (entrypoints/assist-<name>) to its root. */
export const assistScript = (bundle: AssistBundle): `/assist-${AssistBundle}.js` => `/assist-${bundle}.js`;

const pagesOf = (bundle: AssistBundle): readonly PageId[] => ASSIST_BUNDLES[bundle];

/** The bundles that serve `page`. */
export function bundlesFor(page: PageId): AssistBundle[] {
  return ASSIST_BUNDLE_NAMES.filter((name) => pagesOf(name).includes(page));
}

/** The app whose frames a bundle serves. */
export function appOfBundle(bundle: AssistBundle): AppId {
  return APP_OF_PAGE[pagesOf(bundle)[0]!];
}
