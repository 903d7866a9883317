import type { Localized } from '../i18n/locale';
import type { AppId, PageId } from './types';

/** App names as users know them. */
export const APP_NAMES: Readonly<Record<AppId, Localized>> = {
  marketo: { en: 'Marketo Engage', de: 'Marketo Engage' },
  'sales-insight-actions': { en: 'Sales Insight Actions', de: 'Sales Insight Actions' },
  salesforce: { en: 'Salesforce', de: 'Salesforce' },
};

/** Page names, as a path through the app's navigation. */
export const PAGE_NAMES: Readonly<Record<PageId, Localized>> = {
  'marketo-admin': { en: 'Admin', de: 'Admin' },
  'marketo-admin-sales-insight': { en: 'Admin › Sales Insight', de: 'Admin › Sales Insight' },
  'marketo-admin-salesforce': { en: 'Admin › Salesforce (sync)', de: 'Admin › Salesforce (Synchronisierung)' },
  'marketo-other': { en: 'a page outside Admin', de: 'eine Seite außerhalb von Admin' },
  'sia-settings': { en: 'Settings', de: 'Einstellungen' },
  'sia-settings-salesforce': { en: 'Settings › Admin Settings › Salesforce', de: 'Einstellungen › Admin Settings › Salesforce' },
  'sia-settings-marketo': { en: 'Settings › Admin Settings › Marketo', de: 'Einstellungen › Admin Settings › Marketo' },
  'sia-user-management': { en: 'Settings › Admin Settings › User Management', de: 'Einstellungen › Admin Settings › User Management' },
  'sia-other': { en: 'a page outside Settings', de: 'eine Seite außerhalb der Einstellungen' },
  'sfdc-remote-sites': { en: 'Setup › Remote Site Settings', de: 'Setup › Remote-Site-Einstellungen' },
  'sfdc-installed-packages': { en: 'Setup › Installed Packages', de: 'Setup › Installierte Pakete' },
  'sfdc-msi-config': { en: 'Marketo Sales Insight Config', de: 'Marketo Sales Insight Config' },
  'sfdc-other': { en: 'a page outside the MSI setup', de: 'eine Seite außerhalb der MSI-Einrichtung' },
};
