import type { Localized } from '../../i18n/locale';

/**
 * Where each marketo target usually is: the written fallback when the guide cannot point at it. Kept out
 * of the registry so content scripts do not carry it (the background sends the one needed).
 */
export const MARKETO_WHERE: Readonly<Record<string, Localized>> = {
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
};
