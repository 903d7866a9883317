/** The apps the guide works in. */
export type AppId = 'marketo' | 'sales-insight-actions' | 'salesforce';

/**
 * Every page the guide knows. A page id names a screen, not a URL: the same screen can be reached
 * through several URL shapes (classic Marketo, engage-XX hosts, inside experience.adobe.com).
 */
export const PAGE_IDS = [
  /** Marketo Engage, any Admin page not listed below. */
  'marketo-admin',
  /** Marketo Admin › Sales Insight (Overview or Actions Config tab). */
  'marketo-admin-sales-insight',
  /** Marketo Admin › Salesforce (route token SF0A1): the CRM sync page. */
  'marketo-admin-salesforce',
  /** Marketo Engage, any non-Admin screen. */
  'marketo-other',
  /** Sales Insight Actions › Settings home. */
  'sia-settings',
  /** Sales Insight Actions › Settings › Admin Settings › Salesforce. */
  'sia-settings-salesforce',
  /** Sales Insight Actions › Settings › Admin Settings › Marketo (incl. its Set Up tab). */
  'sia-settings-marketo',
  /** Sales Insight Actions › Settings › Admin Settings › User Management. */
  'sia-user-management',
  /** Sales Insight Actions, any other screen. */
  'sia-other',
  /** Salesforce Setup › Remote Site Settings (list or edit). */
  'sfdc-remote-sites',
  /** Salesforce Setup › Installed Packages. */
  'sfdc-installed-packages',
  /** Salesforce › Marketo Sales Insight Config tab (Visualforce). */
  'sfdc-msi-config',
  /** Salesforce, any other page. */
  'sfdc-other',
] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** What page detection concluded for one frame. */
export interface PageDetection {
  app: AppId;
  page: PageId;
  /** The instance host the user works on, e.g. `app-ab12.marketo.com` or `acme.my.salesforce.com`. */
  host: string;
  /** True when Marketo is hosted inside experience.adobe.com (this frame is the child frame). */
  embedded?: boolean;
  /**
   * True for the Adobe Experience Cloud shell around Marketo's frame: it only hosts that frame, so it
   * is no instance host, shows no target and no evidence of its own; the frame inside does.
   */
  shell?: boolean;
}

/** The app each page belongs to. */
export const APP_OF_PAGE: Readonly<Record<PageId, AppId>> = {
  'marketo-admin': 'marketo',
  'marketo-admin-sales-insight': 'marketo',
  'marketo-admin-salesforce': 'marketo',
  'marketo-other': 'marketo',
  'sia-settings': 'sales-insight-actions',
  'sia-settings-salesforce': 'sales-insight-actions',
  'sia-settings-marketo': 'sales-insight-actions',
  'sia-user-management': 'sales-insight-actions',
  'sia-other': 'sales-insight-actions',
  'sfdc-remote-sites': 'salesforce',
  'sfdc-installed-packages': 'salesforce',
  'sfdc-msi-config': 'salesforce',
  'sfdc-other': 'salesforce',
};

/**
 * The page a page sits inside, where it has one: Settings › Salesforce is in Settings, so a way whose
 * destination is Settings is behind a user who is on any settings page (navigation from sibling pages).
 */
export const PARENT_PAGE: Readonly<Partial<Record<PageId, PageId>>> = {
  'marketo-admin-sales-insight': 'marketo-admin',
  'marketo-admin-salesforce': 'marketo-admin',
  'sia-settings-salesforce': 'sia-settings',
  'sia-settings-marketo': 'sia-settings',
  'sia-user-management': 'sia-settings',
};

/** Whether a user on `page` is at `destination` (the page itself or one inside it). */
export function isAtPage(page: PageId | null, destination: PageId): boolean {
  return page !== null && (page === destination || PARENT_PAGE[page] === destination);
}
