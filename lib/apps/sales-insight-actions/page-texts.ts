import type { AppPageTexts } from '../../guide/page-texts';
import { DOC_URLS } from '../doc-urls';
import type { SiaRuleId, SiaStepId, SiaTargetKey } from '.';

/**
 * What only the extension's pages and the background say about this app's steps and targets: each step's
 * summary and documentation link, what each completion rule proves, the cautions and notes of a callout,
 * and where each target usually is (the written fallback). Kept out of the content script (size budget):
 * the background sends a callout what it needs. Typed against this app's own keys: a step, rule or target
 * without its text does not compile.
 */
export const SIA_PAGE_TEXTS = {
  steps: {
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
  },
  rules: {
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
  },
  notices: {
    'connect-salesforce': [
      {
        kind: 'note',
        text: {
          en: 'If you are already signed in to Salesforce, the connection is made right away; otherwise Salesforce asks you to sign in first.',
          de: 'Sind Sie bereits bei Salesforce angemeldet, wird die Verbindung sofort hergestellt; andernfalls fordert Salesforce Sie zuerst zur Anmeldung auf.',
        },
      },
    ],
    'connect-marketo': [
      {
        kind: 'note',
        text: {
          en: 'If Connect fails, copy the Client ID and Client Secret from the Integration Information card on Marketo\'s Admin › Sales Insight › "Actions Config" tab and paste them into the "Set Up" tab here.',
          de: 'Schlägt „Verbinden“ fehl, kopieren Sie Client-ID und Client-Geheimnis von der Karte „Integrationsinformationen“ in Marketo (Admin › Sales Insight › Registerkarte „Aktionskonfiguration“) und fügen Sie sie hier auf der Registerkarte „Einrichtung“ ein.',
        },
      },
      {
        kind: 'note',
        text: {
          en: 'Only the admin who clicked Connect can disconnect Marketo later, so use an account that will stay with the team.',
          de: 'Nur der Administrator, der auf „Verbinden“ geklickt hat, kann die Verbindung zu Marketo später wieder trennen. Verwenden Sie daher ein Konto, das dem Team erhalten bleibt.',
        },
      },
    ],
    'invite-users': [
      {
        kind: 'note',
        text: {
          en: 'By default, all new members join the team "Everyone". Choosing a different team is optional.',
          de: 'Neue Mitglieder kommen standardmäßig in das Team „Everyone“ (in der deutschen Dokumentation „Alle“). Die Auswahl eines anderen Teams ist optional.',
        },
      },
    ],
    'invite-users-csv': [
      {
        kind: 'note',
        text: {
          en: 'The CSV needs a column with e-mail addresses; first name, last name and team are optional. After the upload, a mapping screen asks you to confirm which column is which.',
          de: 'Die CSV-Datei braucht eine Spalte mit E-Mail-Adressen; Vorname, Nachname und Team sind optional. Nach dem Hochladen fragt ein Zuordnungsbildschirm, welche Spalte welches Feld enthält.',
        },
      },
      {
        kind: 'note',
        text: {
          en: 'From Excel, save as "CSV UTF-8 (comma delimited)". A German Excel "CSV" uses semicolons and Windows-1252, which can break the upload or garble umlauts.',
          de: 'Speichern Sie aus Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“. Ein normales „CSV“ aus deutschem Excel verwendet Semikolons und Windows-1252 – das kann den Upload scheitern lassen oder Umlaute verstümmeln.',
        },
      },
    ],
  },
  where: {
    'sia.gear': { en: 'The gear icon in the top bar, at the right.', de: 'Das Zahnradsymbol rechts in der oberen Leiste.' },
    'sia.settings': { en: '"Settings" in the menu that opens under the gear icon.', de: '„Einstellungen“ im Menü, das sich unter dem Zahnradsymbol öffnet.' },
    'sia.admin.salesforce': { en: '"Salesforce" under "Admin Settings" in the settings navigation on the left.', de: '„Salesforce“ unter „Admin Settings“ in der Einstellungsnavigation links.' },
    'sia.salesforce.connections-tab': { en: 'The "Connections & Customizations" tab at the top of the Salesforce settings.', de: 'Die Registerkarte „Verbindungen und Anpassungen“ oben in den Salesforce-Einstellungen.' },
    'sia.salesforce.choose-crm': { en: 'The "Salesforce" tile or option among the CRMs on the Connections & Customizations tab (if your page shows a choice).', de: 'Die Kachel oder Option „Salesforce“ unter den CRMs auf der Registerkarte „Verbindungen und Anpassungen“ (falls Ihre Seite eine Auswahl zeigt).' },
    'sia.salesforce.connect': { en: 'The "Connect" button on the Connections & Customizations tab.', de: 'Die Schaltfläche „Verbinden“ auf der Registerkarte „Verbindungen und Anpassungen“.' },
    'sia.salesforce.confirm-ok': { en: 'The "OK" button in the dialog that opens after "Connect".', de: 'Die Schaltfläche „OK“ im Dialog, der sich nach „Verbinden“ öffnet.' },
    'sia.salesforce.connected': { en: 'When connected, the tab shows the connected Salesforce user and a "Disconnect" button.', de: 'Bei bestehender Verbindung zeigt die Registerkarte den verbundenen Salesforce-Benutzer und „Trennen“ („Disconnect“).' },
    'sia.admin.marketo': { en: '"Marketo" under "Admin Settings" in the settings navigation on the left.', de: '„Marketo“ unter „Admin Settings“ in der Einstellungsnavigation links.' },
    'sia.marketo.connect': { en: 'The "Connect" button on the Marketo settings page.', de: 'Die Schaltfläche „Verbinden“ auf der Marketo-Einstellungsseite.' },
    'sia.marketo.setup.client-id': { en: 'The "Client ID" field on the Set Up tab of the Marketo settings.', de: 'Das Feld „Client-ID“ auf der Registerkarte „Einrichtung“ der Marketo-Einstellungen.' },
    'sia.marketo.setup.munchkin-id': { en: 'The "Munchkin ID" field on the Set Up tab of the Marketo settings.', de: 'Das Feld „Munchkin-ID“ auf der Registerkarte „Einrichtung“ der Marketo-Einstellungen.' },
    'sia.marketo.setup.client-secret': { en: 'The "Client Secret" field on the Set Up tab of the Marketo settings.', de: 'Das Feld „Client-Geheimnis“ auf der Registerkarte „Einrichtung“ der Marketo-Einstellungen.' },
    'sia.marketo.setup-tab': { en: 'The "Set Up" tab on the Marketo settings page, where Client ID and Client Secret can be pasted.', de: 'Die Registerkarte „Einrichtung“ („Set Up“) auf der Marketo-Einstellungsseite; dort lassen sich Client-ID und Client-Geheimnis einfügen.' },
    'sia.marketo.connected': { en: 'When connected, the Marketo settings show the connected instance and a "Disconnect" button.', de: 'Bei bestehender Verbindung zeigen die Marketo-Einstellungen die verbundene Instanz und „Trennen“ („Disconnect“).' },
    'sia.admin.user-management': { en: '"User Management" under "Admin Settings" in the settings navigation on the left.', de: '„User Management“ (Benutzerverwaltung) unter „Admin Settings“ in der Einstellungsnavigation links.' },
    'sia.users.actions': { en: 'The "Actions" button above the user list, at the right.', de: 'Die Schaltfläche „Aktionen“ rechts über der Benutzerliste.' },
    'sia.users.invite': { en: '"Invite Users" in the Actions menu.', de: '„Benutzer einladen“ im Menü „Aktionen“.' },
    'sia.users.invite-emails': { en: 'The e-mail address field in the "Invite Users" dialog.', de: 'Das Feld für E-Mail-Adressen im Dialog „Benutzer einladen“.' },
    'sia.users.invite-submit': { en: 'The "Invite" button at the bottom of the "Invite Users" dialog.', de: 'Die Schaltfläche „Einladen“ unten im Dialog „Benutzer einladen“.' },
    'sia.users.invite-confirmation': { en: 'A confirmation message after "Invite"; close it with "OK".', de: 'Eine Bestätigungsmeldung nach „Einladen“; schließen Sie sie mit „OK“.' },
    'sia.users.invite-csv': { en: '"Invite Users via CSV" in the Actions menu.', de: '„Benutzer über CSV einladen“ im Menü „Aktionen“.' },
    'sia.users.csv-file': { en: 'The file chooser in the "Invite Users via CSV" dialog.', de: 'Die Dateiauswahl im Dialog „Benutzer über CSV einladen“.' },
    'sia.users.csv-next': { en: 'The "Next" button in the CSV dialog, once a file is chosen.', de: 'Die Schaltfläche „Weiter“ im CSV-Dialog, sobald eine Datei gewählt ist.' },
    'sia.users.csv-mapping': { en: 'The field mapping table: each CSV column with the field it is mapped to.', de: 'Die Feldzuordnung: jede CSV-Spalte mit dem Feld, dem sie zugeordnet ist.' },
    'sia.users.csv-invite': { en: 'The "Invite" button below the field mapping.', de: 'Die Schaltfläche „Einladen“ unter der Feldzuordnung.' },
    'sia.users.invite-dialog-title': { en: 'The "Invite Users" dialog, opened from Actions.', de: 'Der Dialog „Benutzer einladen“, geöffnet über „Aktionen“.' },
    'sia.users.csv-dialog-title': { en: 'The "Invite Users via CSV" dialog, opened from Actions.', de: 'Der Dialog „Benutzer über CSV einladen“, geöffnet über „Aktionen“.' },
    'sia.users.csv-confirmation': { en: 'A confirmation message once the invitations from the CSV are sent.', de: 'Eine Bestätigungsmeldung, sobald die Einladungen aus der CSV-Datei verschickt sind.' },
  },
} satisfies AppPageTexts<SiaStepId, SiaRuleId, SiaTargetKey>;
