import type { AppPageTexts } from '../../guide/page-texts';
import { DOC_URLS } from '../doc-urls';
import type { SalesforceRuleId, SalesforceStepId, SalesforceTargetKey } from '.';

/**
 * What only the extension's pages and the background say about this app's steps and targets: each step's
 * summary and documentation link, what each completion rule proves, the cautions and notes of a callout,
 * and where each target usually is (the written fallback). Kept out of the content script (size budget):
 * the background sends a callout what it needs. Typed against this app's own keys: a step, rule or target
 * without its text does not compile.
 */
export const SALESFORCE_PAGE_TEXTS = {
  steps: {
    'install-msi-package': {
      summary: {
        en: 'Sales Insight Actions reaches Salesforce through the Marketo Sales Insight package. Install it from AppExchange, or upgrade the version you already have.',
        de: 'Sales Insight Actions wird über das Paket „Marketo Sales Insight“ in Salesforce eingebunden. Installieren Sie es über AppExchange oder aktualisieren Sie die vorhandene Version.',
      },
      docUrl: DOC_URLS.installPackage,
    },
    'configure-msi-salesforce': {
      summary: {
        en: 'Allow Salesforce to call Adobe by adding two remote sites, then switch on MSI Actions with your API Secret Key.',
        de: 'Erlauben Sie Salesforce über zwei Remote-Sites den Zugriff auf Adobe und schalten Sie anschließend MSI Actions mit Ihrem API-Geheimschlüssel ein.',
      },
      docUrl: DOC_URLS.configureSalesforce,
    },
  },
  rules: {
    's7-msi-package-listed': {
      en: 'Marketo Sales Insight is listed under Installed Packages',
      de: 'Marketo Sales Insight ist unter „Installierte Pakete“ aufgeführt',
    },
    's8-remote-site-ims': {
      en: 'Remote site https://ims-na1.adobelogin.com is listed',
      de: 'Die Remote-Site https://ims-na1.adobelogin.com ist aufgeführt',
    },
    's8-remote-site-sales-connect': {
      en: 'Remote site https://mkto-sales-connect.adobe.io is listed',
      de: 'Die Remote-Site https://mkto-sales-connect.adobe.io ist aufgeführt',
    },
    's8-msi-actions-enabled': { en: '"Enable MSI Actions" is checked', de: '„MSI-Aktionen aktivieren“ ist angehakt' },
    's8-config-saved': {
      en: 'Salesforce confirmed that the MSI configuration was saved',
      de: 'Salesforce hat bestätigt, dass die MSI-Konfiguration gespeichert wurde',
    },
  },
  notices: {
    'install-msi-package': [
      {
        kind: 'note',
        text: {
          en: 'Install or upgrade? If an older MSI package is already installed, upgrade it rather than installing it a second time. You can try a new installation in a sandbox first ("Install in Sandbox"); Salesforce e-mails you when the installation is complete.',
          de: 'Installieren oder aktualisieren? Ist bereits ein älteres MSI-Paket installiert, aktualisieren Sie es, statt es ein zweites Mal zu installieren. Eine Neuinstallation können Sie zuerst in einer Sandbox testen („In Sandbox installieren“); Salesforce benachrichtigt Sie per E-Mail, sobald die Installation abgeschlossen ist.',
        },
      },
    ],
    'configure-msi-salesforce': [
      {
        kind: 'note',
        text: {
          en: 'The API Secret Key is the one set in Marketo under Admin › Sales Insight › "Edit API Configuration". Both remote site URLs must match exactly — no extra path or trailing spaces.',
          de: 'Der API-Geheimschlüssel ist derjenige, der in Marketo unter Admin › Sales Insight › „Edit API Configuration“ hinterlegt ist. Beide Remote-Site-URLs müssen exakt stimmen – ohne zusätzlichen Pfad und ohne Leerzeichen am Ende.',
        },
      },
      {
        kind: 'note',
        text: {
          en: 'Unchecking "Enable MSI Actions" later switches all MSI Actions features off again.',
          de: 'Wenn Sie „MSI-Aktionen aktivieren“ später wieder abwählen, werden alle MSI-Actions-Funktionen ausgeschaltet.',
        },
      },
    ],
  },
  where: {
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
  },
} satisfies AppPageTexts<SalesforceStepId, SalesforceRuleId, SalesforceTargetKey>;
