import type { GuideStep } from '../../guide/types';

/** Step 7: install or upgrade the Marketo Sales Insight package in Salesforce. */
export const INSTALL_MSI_PACKAGE = {
  id: 'install-msi-package',
  kind: 'step',
  number: 7,
  personas: ['salesforce-admin'],
  app: 'salesforce',
  title: {
    en: 'Install or upgrade the MSI package in Salesforce',
    de: 'MSI-Paket in Salesforce installieren oder aktualisieren',
  },
  startPage: 'sfdc-installed-packages',
  subSteps: [
    {
      id: 'find-installed-packages',
      text: {
        en: 'In Salesforce Setup, type "Installed Packages" into Quick Find and open the page.',
        de: 'Geben Sie im Salesforce-Setup „Installierte Pakete“ in die Schnellsuche ein und öffnen Sie die Seite.',
      },
      target: 'sfdc.setup.quick-find',
    },
    {
      id: 'install-or-upgrade',
      text: {
        en: 'If "Marketo Sales Insight" is not listed, install it from its AppExchange page (Get It Now › Install in Production, then choose who gets access). If it is listed, upgrade it to the current version.',
        de: 'Fehlt „Marketo Sales Insight“ in der Liste, installieren Sie das Paket über seine AppExchange-Seite („Jetzt abrufen“ › „In Produktion installieren“, dann festlegen, wer Zugriff erhält). Ist es schon vorhanden, aktualisieren Sie es auf die aktuelle Version.',
      },
      target: 'sfdc.installed-packages.table',
    },
    {
      id: 'verify-package',
      text: {
        en: 'When the installation has finished, check that "Marketo Sales Insight" appears under Installed Packages.',
        de: 'Prüfen Sie nach Abschluss der Installation, ob „Marketo Sales Insight“ unter „Installierte Pakete“ aufgeführt ist.',
      },
      target: 'sfdc.installed-packages.msi-row',
    },
  ],
  completion: {
    mode: 'all',
    rules: [
      {
        id: 's7-msi-package-listed',
        target: 'sfdc.installed-packages.msi-row',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;

/** Step 8: add the two remote sites and enable MSI Actions in the Marketo Sales Insight Config tab. */
export const CONFIGURE_MSI_SALESFORCE = {
  id: 'configure-msi-salesforce',
  kind: 'step',
  number: 8,
  personas: ['salesforce-admin'],
  app: 'salesforce',
  title: { en: 'Configure MSI Actions in Salesforce', de: 'MSI Actions in Salesforce konfigurieren' },
  startPage: 'sfdc-remote-sites',
  subSteps: [
    {
      id: 'find-remote-sites',
      text: {
        en: 'In Salesforce Setup, search Quick Find for "remote site" and select "Remote Site Settings".',
        de: 'Suchen Sie im Salesforce-Setup in der Schnellsuche nach „Remote-Site“ und wählen Sie „Remote-Site-Einstellungen“.',
      },
      target: 'sfdc.setup.quick-find',
    },
    {
      id: 'new-site-1',
      doneWhen: 's8-remote-site-ims',
      text: { en: 'Click "New Remote Site".', de: 'Klicken Sie auf „Neue Remote-Site“.' },
      target: 'sfdc.remote-sites.new',
    },
    {
      id: 'name-site-1',
      doneWhen: 's8-remote-site-ims',
      text: {
        en: 'Enter a Remote Site Name, for example "MarketoSalesInsight1".',
        de: 'Geben Sie einen Remote-Site-Namen ein, zum Beispiel „MarketoSalesInsight1“.',
      },
      target: 'sfdc.remote-sites.name',
      input: true,
    },
    {
      id: 'url-site-1',
      doneWhen: 's8-remote-site-ims',
      text: {
        en: 'Enter the Remote Site URL https://ims-na1.adobelogin.com exactly as shown.',
        de: 'Geben Sie als Remote-Site-URL genau https://ims-na1.adobelogin.com ein.',
      },
      target: 'sfdc.remote-sites.url',
      input: true,
    },
    {
      id: 'save-site-1',
      doneWhen: 's8-remote-site-ims',
      text: { en: 'Click "Save".', de: 'Klicken Sie auf „Speichern“.' },
      target: 'sfdc.remote-sites.save',
    },
    {
      id: 'new-site-2',
      doneWhen: 's8-remote-site-sales-connect',
      text: { en: 'Click "New Remote Site" again.', de: 'Klicken Sie erneut auf „Neue Remote-Site“.' },
      target: 'sfdc.remote-sites.new',
    },
    {
      id: 'url-site-2',
      doneWhen: 's8-remote-site-sales-connect',
      text: {
        en: 'Name it, for example, "MarketoSalesInsight2" and enter the Remote Site URL https://mkto-sales-connect.adobe.io exactly as shown.',
        de: 'Vergeben Sie einen Namen, zum Beispiel „MarketoSalesInsight2“, und geben Sie als Remote-Site-URL genau https://mkto-sales-connect.adobe.io ein.',
      },
      target: 'sfdc.remote-sites.url',
      input: true,
    },
    {
      id: 'save-site-2',
      doneWhen: 's8-remote-site-sales-connect',
      text: { en: 'Click "Save" again.', de: 'Klicken Sie wieder auf „Speichern“.' },
      target: 'sfdc.remote-sites.save',
    },
    {
      id: 'open-config-tab',
      text: {
        en: 'Open the "Marketo Sales Insight Config" tab. Not in the top bar? Click "+" and find it under All Tabs.',
        de: 'Öffnen Sie die Registerkarte „Marketo Sales Insight Config“. Fehlt sie in der oberen Leiste, klicken Sie auf „+“ und suchen Sie sie unter „Alle Registerkarten“ (in Adobes Anleitung: Registerkarten „Alle“).',
      },
      target: 'sfdc.msi-config.tab',
    },
    {
      id: 'enable-msi-actions',
      text: { en: 'Check "Enable MSI Actions".', de: 'Aktivieren Sie das Kontrollkästchen „MSI-Aktionen aktivieren“.' },
      target: 'sfdc.msi-config.enable',
      input: true,
    },
    {
      id: 'enter-api-secret-key',
      text: { en: 'Enter the API Secret Key.', de: 'Geben Sie den API-Geheimschlüssel ein.' },
      target: 'sfdc.msi-config.api-secret-key',
      input: true,
    },
    {
      id: 'save-config',
      text: { en: 'Click "Save".', de: 'Klicken Sie auf „Speichern“.' },
      target: 'sfdc.msi-config.save',
    },
  ],
  completion: {
    mode: 'all',
    rules: [
      {
        id: 's8-remote-site-ims',
        target: 'sfdc.remote-sites.ims-listed',
        check: { kind: 'visible' },
      },
      {
        id: 's8-remote-site-sales-connect',
        target: 'sfdc.remote-sites.sales-connect-listed',
        check: { kind: 'visible' },
      },
      {
        id: 's8-msi-actions-enabled',
        target: 'sfdc.msi-config.enable',
        check: { kind: 'checked' },
      },
      {
        id: 's8-config-saved',
        target: 'sfdc.msi-config.saved',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;
