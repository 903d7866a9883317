import type { Localized } from '../i18n/locale';
import { DOC_URLS } from './steps/doc-urls';
import type { StepId } from './types';

/**
 * Texts of the guide that only the extension's pages show (popup, report): each step's summary and
 * documentation link, and what each completion rule proves. Kept apart from the step data so the
 * content scripts, which have a size budget, do not carry them.
 */
export const STEP_DETAILS: Readonly<Record<StepId, { summary: Localized; docUrl: Localized }>> = {
  'setup-sales-account': {
    summary: {
      en: 'In Marketo, invite the first Marketo admins to Sales Insight Actions. This activates your Actions instance.',
      de: 'Laden Sie in Marketo die ersten Marketo-Administratoren zu Sales Insight Actions ein. Damit wird Ihre Actions-Instanz aktiviert.',
    },
    docUrl: DOC_URLS.setUpSalesAccount,
  },
  'start-data-sync': {
    summary: {
      en: 'Start the Action Field Sync so that person data from Marketo Engage flows into Sales Insight Actions and activities are logged to the right records in Marketo and Salesforce.',
      de: 'Starten Sie die Synchronisierung von Aktionsfeldern: Dann gelangen Personendaten aus Marketo Engage in Sales Insight Actions, bleiben aktuell, und Aktivitäten werden in Marketo und Salesforce den richtigen Datensätzen zugeordnet.',
    },
    docUrl: DOC_URLS.initiateDataSync,
  },
  'prereq-msi-enabled': {
    summary: {
      en: 'Sales Insight Actions must be switched on for your subscription before you start. You can tell by the "Actions Config" tab on Admin › Sales Insight.',
      de: 'Bevor Sie beginnen, muss Sales Insight Actions für Ihr Abonnement freigeschaltet sein. Erkennbar ist das an der Registerkarte „Aktionskonfiguration“ unter Admin › Sales Insight.',
    },
    docUrl: DOC_URLS.prerequisites,
  },
  'prereq-salesforce-sync': {
    summary: {
      en: 'Sales Insight Actions builds on your existing Marketo–Salesforce sync. Admin › Salesforce in Marketo shows whether it is enabled.',
      de: 'Sales Insight Actions baut auf Ihrer bestehenden Synchronisation zwischen Marketo und Salesforce auf. Ob sie aktiv ist, sehen Sie in Marketo unter Admin › Salesforce.',
    },
    docUrl: DOC_URLS.prerequisites,
  },
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
  'connect-salesforce': {
    summary: {
      en: 'In Sales Insight Actions, connect your Salesforce org under Settings › Admin Settings › Salesforce.',
      de: 'Verbinden Sie in Sales Insight Actions Ihre Salesforce-Organisation unter Einstellungen › Admin Settings › Salesforce.',
    },
    docUrl: DOC_URLS.connectSalesforce,
  },
  'connect-marketo': {
    summary: {
      en: 'In Sales Insight Actions, connect your Marketo Engage instance under Settings › Admin Settings › Marketo.',
      de: 'Verbinden Sie in Sales Insight Actions Ihre Marketo Engage-Instanz unter Einstellungen › Admin Settings › Marketo.',
    },
    docUrl: DOC_URLS.connectMarketo,
  },
  'invite-users': {
    summary: {
      en: 'Invite your sales users to Sales Insight Actions by entering their e-mail addresses under User Management.',
      de: 'Laden Sie Ihre Vertriebsmitarbeiter zu Sales Insight Actions ein, indem Sie unter „User Management“ deren E-Mail-Adressen eingeben.',
    },
    docUrl: DOC_URLS.inviteUsers,
  },
  'invite-users-csv': {
    summary: {
      en: 'Invite many users at once by uploading a CSV file under User Management and confirming the field mapping.',
      de: 'Laden Sie viele Benutzer auf einmal ein: Laden Sie unter „User Management“ eine CSV-Datei hoch und bestätigen Sie die Feldzuordnung.',
    },
    docUrl: DOC_URLS.inviteUsersCsv,
  },
};

/** What seeing each completion rule hold proves, by rule id (rule ids are unique across the guide). */
export const RULE_PROOFS: Readonly<Record<string, Localized>> = {
  's1-client-id-shown': {
    en: 'A Client ID is shown on the Integration Information card',
    de: 'Auf der Karte „Integrationsinformationen“ wird eine Client-ID angezeigt',
  },
  's1-invite-confirmed': {
    en: 'Marketo confirmed that the invitation was sent',
    de: 'Marketo hat bestätigt, dass die Einladung verschickt wurde',
  },
  's4-sync-status': {
    en: 'The Action Field Sync card shows the sync as started or complete',
    de: 'Die Karte „Synchronisierung von Aktionsfeldern“ zeigt die Synchronisation als gestartet oder abgeschlossen',
  },
  'p1-actions-config-tab': {
    en: 'The "Actions Config" tab is shown on Admin › Sales Insight',
    de: 'Die Registerkarte „Aktionskonfiguration“ wird unter Admin › Sales Insight angezeigt',
  },
  'p2-sync-status-enabled': {
    en: 'Admin › Salesforce shows the sync as enabled',
    de: 'Admin › Salesforce zeigt die Synchronisation als aktiviert an',
  },
  'p2-disable-sync-offered': {
    en: 'Admin › Salesforce offers "Disable Sync", so the sync is on',
    de: 'Admin › Salesforce bietet „Synchronisation deaktivieren“ an, die Synchronisation läuft also',
  },
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
  's2-salesforce-connected': {
    en: 'The Salesforce settings show a connected state (Disconnect offered)',
    de: 'Die Salesforce-Einstellungen zeigen eine bestehende Verbindung („Trennen“ wird angeboten)',
  },
  's3-marketo-connected': {
    en: 'The Marketo settings show a connected state (Disconnect offered)',
    de: 'Die Marketo-Einstellungen zeigen eine bestehende Verbindung („Trennen“ wird angeboten)',
  },
  's5-invite-confirmed': {
    en: 'Sales Insight Actions confirmed the invitation',
    de: 'Sales Insight Actions hat die Einladung bestätigt',
  },
  's6-csv-invites-confirmed': {
    en: 'Sales Insight Actions confirmed that the invitations from the CSV were sent',
    de: 'Sales Insight Actions hat bestätigt, dass die Einladungen aus der CSV-Datei verschickt wurden',
  },
};
