import type { TargetDef } from '../../targets/types';
import { IMS_REMOTE_SITE, SALES_CONNECT_REMOTE_SITE } from './remote-sites';

/*
 * Salesforce: Setup in Lightning (`*.lightning.force.com`, `*.my.salesforce-setup.com`) and classic
 * (`*.my.salesforce.com`). Remote Site Settings and Installed Packages still render classic list pages
 * (`table.list`, `tr.dataRow`), inside an iframe in Lightning. The MSI config tab is a Visualforce page.
 * German labels are Salesforce's German UI labels where known. "Inference" marks unconfirmed selectors.
 */

/** Classic and Lightning list cells. */
const CELL = 'table.list tr.dataRow th, table.list tr.dataRow td, table.slds-table td, table.slds-table th';
/** List cells and links inside them: classic lists render name and URL fields as links, so the text is the link's own. */
const CELL_OR_LINK = `${CELL}, table.list tr.dataRow a, table.slds-table a`;
/** Classic buttons (`input.btn`) and Lightning/Visualforce buttons. */
const BUTTON = 'input.btn, button, .slds-button';
/** Form labels on classic edit pages and Visualforce forms. */
const LABEL = 'td.labelCol label, th.labelCol label, td.labelCol, label';
/** Navigation tabs: Lightning app nav bar, classic tab bar, the "All Tabs"/"More" menu. */
const NAV_TAB = 'one-app-nav-bar-item-root a span, #tabBar a, [role="menuitem"] span, .slds-context-bar__label-action span';
/** Page-level messages (Visualforce `apex:pageMessages`, Lightning toasts). */
const MESSAGE = '.message .messageText, .confirmM3 .messageText, .slds-notify__content, [role="status"]';

/** Targets in Salesforce. */
export const SALESFORCE_TARGETS = {
  'sfdc.setup.quick-find': {
    page: 'sfdc-other',
    ways: [
      // Classic Setup sidebar Quick Find, any language
      { by: 'css', selector: 'input#setupSearch' },
      // Lightning Setup navigation tree search, any language (inference)
      { by: 'css', selector: '.onesetupSetupNavTree input[type="search"], one-setup-nav-tree input[type="search"]' },
      // Quick Find label, Lightning Setup, English UI
      { by: 'text', lang: 'en', text: 'Quick Find', exact: true, resolve: 'labelled-field', candidates: 'label, .slds-form-element__label, .slds-assistive-text' },
      // Quick Find label, Lightning Setup, German UI
      { by: 'text', lang: 'de', text: 'Schnellsuche', exact: true, resolve: 'labelled-field', candidates: 'label, .slds-form-element__label, .slds-assistive-text' },
      // Quick Find by placeholder, English or German UI
      { by: 'css', selector: 'input[placeholder="Quick Find" i], input[placeholder="Schnellsuche" i]' },
      // Already on a Setup page Quick Find leads to: Remote Site Settings
      { by: 'route', page: 'sfdc-remote-sites' },
      // Already past Setup: the Marketo Sales Insight Config tab
      { by: 'route', page: 'sfdc-msi-config' },
    ],
  },
  'sfdc.installed-packages.table': {
    page: 'sfdc-installed-packages',
    ways: [
      // Installed Packages page, Lightning or classic Setup
      { by: 'route', page: 'sfdc-installed-packages' },
      // Title of the package list block (classic page, whose h1 repeats it) or of the Lightning Setup header, English UI
      { by: 'text', lang: 'en', text: 'Installed Packages', exact: true, candidates: '.pbTitle h2, .pbTitle h3, .slds-page-header__title' },
      // Title of the package list block (classic page, whose h1 repeats it) or of the Lightning Setup header, German UI
      { by: 'text', lang: 'de', text: 'Installierte Pakete', exact: true, candidates: '.pbTitle h2, .pbTitle h3, .slds-page-header__title' },
    ],
  },
  'sfdc.installed-packages.msi-row': {
    page: 'sfdc-installed-packages',
    ways: [
      // The namespace prefix column is language independent.
      // Namespace Prefix cell, classic list, any language
      { by: 'text', lang: 'en', text: 'mkto_si', exact: true, candidates: CELL },
      // Package Name cell or its link, English UI
      { by: 'text', lang: 'en', text: 'Marketo Sales Insight', exact: true, candidates: CELL_OR_LINK },
      // Package Name cell or its link, German UI (package names are not translated)
      { by: 'text', lang: 'de', text: 'Marketo Sales Insight', exact: true, candidates: CELL_OR_LINK },
    ],
  },
  'sfdc.remote-sites.new': {
    page: 'sfdc-remote-sites',
    ways: [
      // Classic list page button, any language
      { by: 'css', selector: 'input[name="new"]' },
      // Remote Site Settings, English UI
      { by: 'text', lang: 'en', text: 'New Remote Site', exact: true, candidates: BUTTON },
      // Remote Site Settings, German UI
      { by: 'text', lang: 'de', text: 'Neue Remote-Site', exact: true, candidates: BUTTON },
    ],
  },
  'sfdc.remote-sites.name': {
    page: 'sfdc-remote-sites',
    ways: [
      // Classic edit page field, any language (inference)
      { by: 'css', selector: 'input#SiteName, input[name="SiteName"]' },
      // Classic edit page, English UI
      { by: 'text', lang: 'en', text: 'Remote Site Name', exact: true, resolve: 'labelled-field', candidates: LABEL },
      // Classic edit page, German UI
      { by: 'text', lang: 'de', text: 'Remote-Site-Name', exact: true, resolve: 'labelled-field', candidates: LABEL },
    ],
  },
  'sfdc.remote-sites.url': {
    page: 'sfdc-remote-sites',
    ways: [
      // Classic edit page field, any language (inference)
      { by: 'css', selector: 'input#EndpointUrl, input[name="EndpointUrl"], input[type="url"]' },
      // Classic edit page, English UI
      { by: 'text', lang: 'en', text: 'Remote Site URL', exact: true, resolve: 'labelled-field', candidates: LABEL },
      // Classic edit page, German UI
      { by: 'text', lang: 'de', text: 'Remote-Site-URL', exact: true, resolve: 'labelled-field', candidates: LABEL },
    ],
  },
  'sfdc.remote-sites.save': {
    page: 'sfdc-remote-sites',
    ways: [
      // Classic edit page Save (top button row), any language
      { by: 'css', selector: 'td.pbButton input[name="save"]' },
      // Classic edit page, English UI
      { by: 'text', lang: 'en', text: 'Save', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button' },
      // Classic edit page, German UI
      { by: 'text', lang: 'de', text: 'Speichern', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button' },
    ],
  },
  'sfdc.remote-sites.ims-listed': {
    page: 'sfdc-remote-sites',
    ways: [
      // URL rendered as a link (detail page, some list layouts), any language
      { by: 'css', selector: `a[href^="${IMS_REMOTE_SITE}"]` },
      // Remote Site URL cell or its link (classic lists render URL fields as links), classic list, English UI
      { by: 'text', lang: 'en', text: IMS_REMOTE_SITE, exact: false, candidates: CELL_OR_LINK },
      // Remote Site URL cell (or its link), classic list, German UI (URLs are not translated)
      { by: 'text', lang: 'de', text: IMS_REMOTE_SITE, exact: false, candidates: CELL_OR_LINK },
    ],
  },
  'sfdc.remote-sites.sales-connect-listed': {
    page: 'sfdc-remote-sites',
    ways: [
      // URL rendered as a link (detail page, some list layouts), any language
      { by: 'css', selector: `a[href^="${SALES_CONNECT_REMOTE_SITE}"]` },
      // Remote Site URL cell or its link (classic lists render URL fields as links), classic list, English UI
      { by: 'text', lang: 'en', text: SALES_CONNECT_REMOTE_SITE, exact: false, candidates: CELL_OR_LINK },
      // Remote Site URL cell (or its link), classic list, German UI (URLs are not translated)
      { by: 'text', lang: 'de', text: SALES_CONNECT_REMOTE_SITE, exact: false, candidates: CELL_OR_LINK },
    ],
  },
  'sfdc.msi-config.tab': {
    page: 'sfdc-other',
    ways: [
      // Tab link to the package page (namespace mkto_si), Lightning or classic, any language (inference)
      { by: 'css', selector: 'a[href*="mkto_si__"][href*="Config" i]' },
      // Nav bar / All Tabs, English UI
      { by: 'text', lang: 'en', text: 'Marketo Sales Insight Config', exact: true, candidates: NAV_TAB },
      // Nav bar / All Tabs, German UI (package tab label not translated)
      { by: 'text', lang: 'de', text: 'Marketo Sales Insight Config', exact: true, candidates: NAV_TAB },
      // Already on the Marketo Sales Insight Config page
      { by: 'route', page: 'sfdc-msi-config' },
    ],
  },
  'sfdc.msi-config.enable': {
    page: 'sfdc-msi-config',
    ways: [
      // Visualforce checkbox by component id, any language (inference)
      { by: 'css', selector: 'input[type="checkbox"][id*="enable" i][id*="action" i]' },
      // Visualforce form label, English UI
      { by: 'text', lang: 'en', text: 'Enable MSI Actions', exact: true, resolve: 'labelled-field', candidates: LABEL },
      // Visualforce form label, German UI (label from the German docs)
      { by: 'text', lang: 'de', text: 'MSI-Aktionen aktivieren', exact: true, resolve: 'labelled-field', candidates: LABEL },
    ],
  },
  'sfdc.msi-config.api-secret-key': {
    secret: true,
    page: 'sfdc-msi-config',
    ways: [
      // Visualforce input by component id (…:apiSecretKey), any language; plain "secret" would also match the Rest API Client Secret field (inference)
      { by: 'css', selector: 'input[id*="apisecret" i], input[name*="apisecret" i], input[id*="secretkey" i]' },
      // Visualforce form label, English UI
      { by: 'text', lang: 'en', text: 'API Secret Key', exact: true, resolve: 'labelled-field', candidates: LABEL },
      // Visualforce form label, German UI (label from the German docs)
      { by: 'text', lang: 'de', text: 'API-Geheimschlüssel', exact: true, resolve: 'labelled-field', candidates: LABEL },
    ],
  },
  'sfdc.msi-config.save': {
    page: 'sfdc-msi-config',
    ways: [
      // Visualforce commandButton (top button row), any language (inference)
      { by: 'css', selector: 'td.pbButton input[type="submit"][id$="save" i], td.pbButton input[type="submit"][name$="save" i]' },
      // Visualforce form, English UI
      { by: 'text', lang: 'en', text: 'Save', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button, .slds-button' },
      // Visualforce form, German UI
      { by: 'text', lang: 'de', text: 'Speichern', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button, .slds-button' },
    ],
  },
  'sfdc.msi-config.saved': {
    page: 'sfdc-msi-config',
    ways: [
      // Visualforce confirm message / Lightning success toast, any language
      { by: 'css', selector: '.message.confirmM3, .slds-theme_success' },
      // Page message, English UI (inference: "Settings saved")
      { by: 'text', lang: 'en', text: 'saved', exact: false, candidates: MESSAGE },
      // Page message, German UI (inference)
      { by: 'text', lang: 'de', text: 'gespeichert', exact: false, candidates: MESSAGE },
    ],
  },
} as const satisfies Record<string, TargetDef>;
