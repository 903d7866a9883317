import type { TargetDef } from './types';

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
    where: { en: 'The "Quick Find" search box at the top of the Setup menu on the left.', de: 'Das Suchfeld „Schnellsuche“ oben im Setup-Menü links.' },
    ways: [
      { by: 'css', selector: 'input#setupSearch', ui: 'Classic Setup sidebar Quick Find, any language' },
      { by: 'css', selector: '.onesetupSetupNavTree input[type="search"], one-setup-nav-tree input[type="search"]', ui: 'Lightning Setup navigation tree search, any language (inference)' },
      { by: 'text', lang: 'en', text: 'Quick Find', exact: true, resolve: 'labelled-field', candidates: 'label, .slds-form-element__label, .slds-assistive-text', ui: 'Quick Find label, Lightning Setup, English UI' },
      { by: 'text', lang: 'de', text: 'Schnellsuche', exact: true, resolve: 'labelled-field', candidates: 'label, .slds-form-element__label, .slds-assistive-text', ui: 'Quick Find label, Lightning Setup, German UI' },
      { by: 'css', selector: 'input[placeholder="Quick Find" i], input[placeholder="Schnellsuche" i]', ui: 'Quick Find by placeholder, English or German UI' },
    ],
  },
  'sfdc.installed-packages.table': {
    page: 'sfdc-installed-packages',
    where: { en: 'Setup › Installed Packages: the list of packages installed in this org.', de: 'Setup › Installierte Pakete: die Liste der in dieser Organisation installierten Pakete.' },
    ways: [
      { by: 'route', page: 'sfdc-installed-packages', ui: 'Installed Packages page, Lightning or classic Setup' },
      { by: 'text', lang: 'en', text: 'Installed Packages', exact: true, candidates: 'h1, h2, .pbTitle h3', ui: 'Page/section title, English UI' },
      { by: 'text', lang: 'de', text: 'Installierte Pakete', exact: true, candidates: 'h1, h2, .pbTitle h3', ui: 'Page/section title, German UI' },
    ],
  },
  'sfdc.installed-packages.msi-row': {
    page: 'sfdc-installed-packages',
    where: { en: 'A row "Marketo Sales Insight" (namespace prefix mkto_si) in the Installed Packages list.', de: 'Eine Zeile „Marketo Sales Insight“ (Namensraumpräfix mkto_si) in der Liste der installierten Pakete.' },
    ways: [
      // The namespace prefix column is language independent.
      { by: 'text', lang: 'en', text: 'mkto_si', exact: true, candidates: CELL, ui: 'Namespace Prefix cell, classic list, any language' },
      { by: 'text', lang: 'en', text: 'Marketo Sales Insight', exact: true, candidates: CELL_OR_LINK, ui: 'Package Name cell or its link, English UI' },
      { by: 'text', lang: 'de', text: 'Marketo Sales Insight', exact: true, candidates: CELL_OR_LINK, ui: 'Package Name cell or its link, German UI (package names are not translated)' },
    ],
  },
  'sfdc.remote-sites.new': {
    page: 'sfdc-remote-sites',
    where: { en: 'The "New Remote Site" button above the Remote Site Settings list.', de: 'Die Schaltfläche „Neue Remote-Site“ über der Liste der Remote-Site-Einstellungen.' },
    ways: [
      { by: 'css', selector: 'input[name="new"]', ui: 'Classic list page button, any language' },
      { by: 'text', lang: 'en', text: 'New Remote Site', exact: true, candidates: BUTTON, ui: 'Remote Site Settings, English UI' },
      { by: 'text', lang: 'de', text: 'Neue Remote-Site', exact: true, candidates: BUTTON, ui: 'Remote Site Settings, German UI' },
    ],
  },
  'sfdc.remote-sites.name': {
    page: 'sfdc-remote-sites',
    where: { en: 'The "Remote Site Name" field on the new remote site form.', de: 'Das Feld „Remote-Site-Name“ im Formular für die neue Remote-Site.' },
    ways: [
      { by: 'css', selector: 'input#SiteName, input[name="SiteName"]', ui: 'Classic edit page field, any language (inference)' },
      { by: 'text', lang: 'en', text: 'Remote Site Name', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Classic edit page, English UI' },
      { by: 'text', lang: 'de', text: 'Remote-Site-Name', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Classic edit page, German UI' },
    ],
  },
  'sfdc.remote-sites.url': {
    page: 'sfdc-remote-sites',
    where: { en: 'The "Remote Site URL" field, below the name.', de: 'Das Feld „Remote-Site-URL“ unter dem Namen.' },
    ways: [
      { by: 'css', selector: 'input#EndpointUrl, input[name="EndpointUrl"], input[type="url"]', ui: 'Classic edit page field, any language (inference)' },
      { by: 'text', lang: 'en', text: 'Remote Site URL', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Classic edit page, English UI' },
      { by: 'text', lang: 'de', text: 'Remote-Site-URL', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Classic edit page, German UI' },
    ],
  },
  'sfdc.remote-sites.save': {
    page: 'sfdc-remote-sites',
    where: { en: 'The "Save" button at the top or bottom of the remote site form.', de: 'Die Schaltfläche „Speichern“ oben oder unten im Remote-Site-Formular.' },
    ways: [
      { by: 'css', selector: 'td.pbButton input[name="save"]', ui: 'Classic edit page Save (top button row), any language' },
      { by: 'text', lang: 'en', text: 'Save', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button', ui: 'Classic edit page, English UI' },
      { by: 'text', lang: 'de', text: 'Speichern', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button', ui: 'Classic edit page, German UI' },
    ],
  },
  'sfdc.remote-sites.ims-listed': {
    page: 'sfdc-remote-sites',
    where: { en: 'A row with the URL https://ims-na1.adobelogin.com in the Remote Site Settings list.', de: 'Eine Zeile mit der URL https://ims-na1.adobelogin.com in der Liste der Remote-Site-Einstellungen.' },
    ways: [
      { by: 'css', selector: 'a[href^="https://ims-na1.adobelogin.com"]', ui: 'URL rendered as a link (detail page, some list layouts), any language' },
      { by: 'text', lang: 'en', text: 'https://ims-na1.adobelogin.com', exact: false, candidates: CELL_OR_LINK, ui: 'Remote Site URL cell (or its link: URL fields render as links), classic list, English UI' },
      { by: 'text', lang: 'de', text: 'https://ims-na1.adobelogin.com', exact: false, candidates: CELL_OR_LINK, ui: 'Remote Site URL cell (or its link), classic list, German UI (URLs are not translated)' },
    ],
  },
  'sfdc.remote-sites.sales-connect-listed': {
    page: 'sfdc-remote-sites',
    where: { en: 'A row with the URL https://mkto-sales-connect.adobe.io in the Remote Site Settings list.', de: 'Eine Zeile mit der URL https://mkto-sales-connect.adobe.io in der Liste der Remote-Site-Einstellungen.' },
    ways: [
      { by: 'css', selector: 'a[href^="https://mkto-sales-connect.adobe.io"]', ui: 'URL rendered as a link (detail page, some list layouts), any language' },
      { by: 'text', lang: 'en', text: 'https://mkto-sales-connect.adobe.io', exact: false, candidates: CELL_OR_LINK, ui: 'Remote Site URL cell (or its link: URL fields render as links), classic list, English UI' },
      { by: 'text', lang: 'de', text: 'https://mkto-sales-connect.adobe.io', exact: false, candidates: CELL_OR_LINK, ui: 'Remote Site URL cell (or its link), classic list, German UI (URLs are not translated)' },
    ],
  },
  'sfdc.msi-config.tab': {
    page: 'sfdc-other',
    where: {
      en: 'The "Marketo Sales Insight Config" tab in the top bar; if it is not there, click "+" (or "More") and find it under All Tabs.',
      de: 'Die Registerkarte „Marketo Sales Insight Config“ in der oberen Leiste; fehlt sie, klicken Sie auf „+“ (oder „Mehr“) und suchen Sie sie unter „Alle Registerkarten“.',
    },
    ways: [
      { by: 'css', selector: 'a[href*="mkto_si__"][href*="Config" i]', ui: 'Tab link to the package page (namespace mkto_si), Lightning or classic, any language (inference)' },
      { by: 'text', lang: 'en', text: 'Marketo Sales Insight Config', exact: true, candidates: NAV_TAB, ui: 'Nav bar / All Tabs, English UI' },
      { by: 'text', lang: 'de', text: 'Marketo Sales Insight Config', exact: true, candidates: NAV_TAB, ui: 'Nav bar / All Tabs, German UI (package tab label not translated)' },
      { by: 'route', page: 'sfdc-msi-config', ui: 'Already on the Marketo Sales Insight Config page' },
    ],
  },
  'sfdc.msi-config.enable': {
    page: 'sfdc-msi-config',
    where: { en: 'The "Enable MSI Actions" checkbox on the Marketo Sales Insight Config page.', de: 'Das Kontrollkästchen „MSI-Aktionen aktivieren“ („Enable MSI Actions“) auf der Seite „Marketo Sales Insight Config“.' },
    ways: [
      { by: 'css', selector: 'input[type="checkbox"][id*="enable" i][id*="action" i]', ui: 'Visualforce checkbox by component id, any language (inference)' },
      { by: 'text', lang: 'en', text: 'Enable MSI Actions', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Visualforce form label, English UI' },
      { by: 'text', lang: 'de', text: 'MSI-Aktionen aktivieren', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Visualforce form label, German UI (label from the German docs)' },
    ],
  },
  'sfdc.msi-config.api-secret-key': {
    page: 'sfdc-msi-config',
    where: { en: 'The "API Secret Key" field on the Marketo Sales Insight Config page.', de: 'Das Feld „API-Geheimschlüssel“ („API Secret Key“) auf der Seite „Marketo Sales Insight Config“.' },
    ways: [
      { by: 'css', selector: 'input[id*="apisecret" i], input[name*="apisecret" i], input[id*="secretkey" i]', ui: 'Visualforce input by component id (…:apiSecretKey), any language; plain "secret" would also match the Rest API Client Secret field (inference)' },
      { by: 'text', lang: 'en', text: 'API Secret Key', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Visualforce form label, English UI' },
      { by: 'text', lang: 'de', text: 'API-Geheimschlüssel', exact: true, resolve: 'labelled-field', candidates: LABEL, ui: 'Visualforce form label, German UI (label from the German docs)' },
    ],
  },
  'sfdc.msi-config.save': {
    page: 'sfdc-msi-config',
    where: { en: 'The "Save" button of the Marketo Sales Insight Config form.', de: 'Die Schaltfläche „Speichern“ im Formular „Marketo Sales Insight Config“.' },
    ways: [
      { by: 'css', selector: 'td.pbButton input[type="submit"][id$="save" i], td.pbButton input[type="submit"][name$="save" i]', ui: 'Visualforce commandButton (top button row), any language (inference)' },
      { by: 'text', lang: 'en', text: 'Save', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button, .slds-button', ui: 'Visualforce form, English UI' },
      { by: 'text', lang: 'de', text: 'Speichern', exact: true, candidates: 'td.pbButton input.btn, td.pbButton button, .slds-button', ui: 'Visualforce form, German UI' },
    ],
  },
  'sfdc.msi-config.saved': {
    page: 'sfdc-msi-config',
    where: { en: 'After "Save", a confirmation message at the top of the Marketo Sales Insight Config page.', de: 'Nach „Speichern“ eine Bestätigungsmeldung oben auf der Seite „Marketo Sales Insight Config“.' },
    ways: [
      { by: 'css', selector: '.message.confirmM3, .slds-theme_success', ui: 'Visualforce confirm message / Lightning success toast, any language' },
      { by: 'text', lang: 'en', text: 'saved', exact: false, candidates: MESSAGE, ui: 'Page message, English UI (inference: "Settings saved")' },
      { by: 'text', lang: 'de', text: 'gespeichert', exact: false, candidates: MESSAGE, ui: 'Page message, German UI (inference)' },
    ],
  },
} as const satisfies Record<string, TargetDef>;
