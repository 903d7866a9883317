import type { AppPageTexts } from '../../guide/page-texts';
import { DOC_URLS } from '../doc-urls';
import type { MarketoRuleId, MarketoStepId, MarketoTargetKey } from '.';

/**
 * What only the extension's pages and the background say about this app's steps and targets: each step's
 * summary and documentation link, what each completion rule proves, the cautions and notes of a callout,
 * and where each target usually is (the written fallback). Kept out of the content script (size budget):
 * the background sends a callout what it needs. Typed against this app's own keys: a step, rule or target
 * without its text does not compile.
 */
export const MARKETO_PAGE_TEXTS = {
  steps: {
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
  },
  rules: {
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
  },
  notices: {
    'prereq-msi-enabled': [
      {
        kind: 'note',
        text: {
          en: 'Only Adobe can enable MSI Actions: ask your Adobe account team (your account manager), or Marketo Support if you have no account manager. You cannot switch it on yourself.',
          de: 'Nur Adobe kann MSI Actions freischalten: Wenden Sie sich an Ihr Adobe-Account-Team (Ihren Account Manager) oder, falls Sie keinen haben, an den Marketo-Support. Selbst einschalten können Sie es nicht.',
        },
      },
    ],
    'prereq-salesforce-sync': [
      {
        kind: 'note',
        text: {
          en: 'If the sync is not set up yet, set up the Marketo–Salesforce sync first and come back afterwards.',
          de: 'Ist die Synchronisation noch nicht eingerichtet, richten Sie zuerst die Synchronisation zwischen Marketo und Salesforce ein und machen Sie danach hier weiter.',
        },
      },
    ],
    'setup-sales-account': [
      {
        kind: 'note',
        text: {
          en: 'No Client ID and Client Secret on the Integration Information card yet? They appear once you invite the first user, which activates your Actions instance.',
          de: 'Auf der Karte „Integrationsinformationen“ fehlen Client-ID und Client-Geheimnis? Sie erscheinen, sobald Sie den ersten Benutzer einladen – damit wird Ihre Actions-Instanz aktiviert.',
        },
      },
      {
        kind: 'note',
        text: {
          en: 'Each invited admin gets an e-mail with the steps to access the account. Further users are not added in Marketo but in Sales Insight Actions under User Management (steps 5 and 6).',
          de: 'Jeder eingeladene Administrator erhält eine E-Mail mit den Schritten für den Zugang zum Konto. Weitere Benutzer fügen Sie nicht in Marketo hinzu, sondern in Sales Insight Actions unter „User Management“ (Schritte 5 und 6).',
        },
      },
    ],
    'start-data-sync': [
      {
        kind: 'caution',
        text: {
          en: 'Once the data sync has started, never remove the original user from Sales Insight Actions — the user the very first invite went to.',
          de: 'Sobald die Datensynchronisation gestartet ist, dürfen Sie den ursprünglichen Benutzer keinesfalls aus Sales Insight Actions entfernen – also den Benutzer, an den die allererste Einladung ging.',
        },
      },
      {
        kind: 'note',
        text: {
          en: 'Person records that exist in both Marketo and Salesforce are synced to your Marketo Sales account.',
          de: 'Synchronisiert werden Personendatensätze, die sowohl in Marketo als auch in Salesforce vorhanden sind.',
        },
      },
    ],
  },
  where: {
    'marketo.admin-nav': {
      en: 'Open the Marketo menu (the logo at the top left) and click "Admin"; in older layouts "Admin" is a link at the top right.',
      de: 'Öffnen Sie das Marketo-Menü (Logo oben links) und klicken Sie auf „Admin“; in älteren Ansichten ist „Admin“ ein Link oben rechts.',
    },
    'marketo.admin-tree.sales-insight': {
      en: 'In the Admin tree on the left, under "Integration", click "Sales Insight".',
      de: 'Klicken Sie im Admin-Baum links unter „Integration“ auf „Sales Insight“.',
    },
    'marketo.admin-tree.salesforce': {
      en: 'In the Admin tree on the left, under "Integration", click "Salesforce".',
      de: 'Klicken Sie im Admin-Baum links unter „Integration“ auf „Salesforce“.',
    },
    'marketo.sales-insight.actions-config-tab': {
      en: 'On Admin › Sales Insight, the "Actions Config" tab next to "Overview" at the top of the page.',
      de: 'Auf Admin › Sales Insight die Registerkarte „Aktionskonfiguration“ („Actions Config“) neben „Übersicht“ oben auf der Seite.',
    },
    'marketo.invite.admin-picker': {
      en: 'On the Actions Config tab: the list of Marketo admins next to the "Send Invite" button.',
      de: 'Auf der Registerkarte „Aktionskonfiguration“: die Liste der Marketo-Administratoren neben der Schaltfläche „Einladung senden“.',
    },
    'marketo.invite.send': {
      en: 'The "Send Invite" button on the Actions Config tab, next to the admin list.',
      de: 'Die Schaltfläche „Einladung senden“ auf der Registerkarte „Aktionskonfiguration“, neben der Administratorliste.',
    },
    'marketo.invite.confirmation': {
      en: 'A short confirmation that the invitation was sent, shown after "Send Invite".',
      de: 'Eine kurze Bestätigung, dass die Einladung verschickt wurde, nach „Einladung senden“.',
    },
    'marketo.integration.client-id': {
      en: 'The "Client ID" value on the "Integration Information" card of the Actions Config tab.',
      de: 'Der Wert „Client-ID“ auf der Karte „Integrationsinformationen“ der Registerkarte „Aktionskonfiguration“.',
    },
    'marketo.integration.client-secret': {
      en: 'The "Client Secret" value on the "Integration Information" card, under the Client ID.',
      de: 'Der Wert „Client-Geheimnis“ („Client Secret“) auf der Karte „Integrationsinformationen“, unter der Client-ID.',
    },
    'marketo.action-field-sync.sync': {
      en: 'The "Sync" button on the "Action Field Sync" card of the Actions Config tab.',
      de: 'Die Schaltfläche „Synchronisieren“ auf der Karte „Synchronisierung von Aktionsfeldern“ der Registerkarte „Aktionskonfiguration“.',
    },
    'marketo.action-field-sync.start-sync': {
      en: 'The "Start Sync" button below the preview of fields (a dialog that opens after "Sync").',
      de: 'Die Schaltfläche „Synchronisation starten“ unter der Feldvorschau (ein Dialog, der sich nach „Synchronisieren“ öffnet).',
    },
    'marketo.action-field-sync.card': {
      en: 'The "Action Field Sync" card on the Actions Config tab.',
      de: 'Die Karte „Synchronisierung von Aktionsfeldern“ („Aktion Feldsynchronisierung“) auf der Registerkarte „Aktionskonfiguration“.',
    },
    'marketo.action-field-sync.status': {
      en: 'The sync status on the "Action Field Sync" card (in progress, or the time of the last sync).',
      de: 'Der Synchronisationsstatus auf der Karte „Synchronisierung von Aktionsfeldern“ (läuft oder Zeitpunkt der letzten Synchronisation).',
    },
    'marketo.salesforce-sync.status': {
      en: 'On Admin › Salesforce, the "Sync Status" value in the Salesforce Sync panel (it reads "Enabled" when the sync is on).',
      de: 'Auf Admin › Salesforce der Wert „Synchronisierungsstatus“ im Bereich „Salesforce-Synchronisierung“ (bei aktiver Synchronisation „Aktiviert“).',
    },
    'marketo.salesforce-sync.disable': {
      en: 'The "Disable Sync" button in the toolbar of Admin › Salesforce; it only shows while the sync is on.',
      de: 'Die Schaltfläche „Synchronisierung deaktivieren“ in der Symbolleiste von Admin › Salesforce; sie erscheint nur bei aktiver Synchronisation.',
    },
  },
} satisfies AppPageTexts<MarketoStepId, MarketoRuleId, MarketoTargetKey>;
