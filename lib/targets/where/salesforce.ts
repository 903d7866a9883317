import type { Localized } from '../../i18n/locale';

/**
 * Where each salesforce target usually is: the written fallback when the guide cannot point at it. Kept out
 * of the registry so content scripts do not carry it (the background sends the one needed).
 */
export const SALESFORCE_WHERE: Readonly<Record<string, Localized>> = {
  'sfdc.setup.quick-find': { en: 'The "Quick Find" search box at the top of the Setup menu on the left.', de: 'Das Suchfeld „Schnellsuche“ oben im Setup-Menü links.' },
  'sfdc.installed-packages.table': { en: 'Setup › Installed Packages: the list of packages installed in this org.', de: 'Setup › Installierte Pakete: die Liste der in dieser Organisation installierten Pakete.' },
  'sfdc.installed-packages.msi-row': { en: 'A row "Marketo Sales Insight" (namespace prefix mkto_si) in the Installed Packages list.', de: 'Eine Zeile „Marketo Sales Insight“ (Namensraumpräfix mkto_si) in der Liste der installierten Pakete.' },
  'sfdc.remote-sites.new': { en: 'The "New Remote Site" button above the Remote Site Settings list.', de: 'Die Schaltfläche „Neue Remote-Site“ über der Liste der Remote-Site-Einstellungen.' },
  'sfdc.remote-sites.name': { en: 'The "Remote Site Name" field on the new remote site form.', de: 'Das Feld „Remote-Site-Name“ im Formular für die neue Remote-Site.' },
  'sfdc.remote-sites.url': { en: 'The "Remote Site URL" field, below the name.', de: 'Das Feld „Remote-Site-URL“ unter dem Namen.' },
  'sfdc.remote-sites.save': { en: 'The "Save" button at the top or bottom of the remote site form.', de: 'Die Schaltfläche „Speichern“ oben oder unten im Remote-Site-Formular.' },
  'sfdc.remote-sites.ims-listed': { en: 'A row with the URL https://ims-na1.adobelogin.com in the Remote Site Settings list.', de: 'Eine Zeile mit der URL https://ims-na1.adobelogin.com in der Liste der Remote-Site-Einstellungen.' },
  'sfdc.remote-sites.sales-connect-listed': { en: 'A row with the URL https://mkto-sales-connect.adobe.io in the Remote Site Settings list.', de: 'Eine Zeile mit der URL https://mkto-sales-connect.adobe.io in der Liste der Remote-Site-Einstellungen.' },
  'sfdc.msi-config.tab': {
    en: 'The "Marketo Sales Insight Config" tab in the top bar; if it is not there, click "+" (or "More") and find it under All Tabs.',
    de: 'Die Registerkarte „Marketo Sales Insight Config“ in der oberen Leiste; fehlt sie, klicken Sie auf „+“ (oder „Mehr“) und suchen Sie sie unter „Alle Registerkarten“.',
  },
  'sfdc.msi-config.enable': { en: 'The "Enable MSI Actions" checkbox on the Marketo Sales Insight Config page.', de: 'Das Kontrollkästchen „MSI-Aktionen aktivieren“ („Enable MSI Actions“) auf der Seite „Marketo Sales Insight Config“.' },
  'sfdc.msi-config.api-secret-key': { en: 'The "API Secret Key" field on the Marketo Sales Insight Config page.', de: 'Das Feld „API-Geheimschlüssel“ („API Secret Key“) auf der Seite „Marketo Sales Insight Config“.' },
  'sfdc.msi-config.save': { en: 'The "Save" button of the Marketo Sales Insight Config form.', de: 'Die Schaltfläche „Speichern“ im Formular „Marketo Sales Insight Config“.' },
  'sfdc.msi-config.saved': { en: 'After "Save", a confirmation message at the top of the Marketo Sales Insight Config page.', de: 'Nach „Speichern“ eine Bestätigungsmeldung oben auf der Seite „Marketo Sales Insight Config“.' },
};
