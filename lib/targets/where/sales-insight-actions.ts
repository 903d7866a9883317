import type { Localized } from '../../i18n/locale';

/**
 * Where each sales-insight-actions target usually is: the written fallback when the guide cannot point at it. Kept out
 * of the registry so content scripts do not carry it (the background sends the one needed).
 */
export const SIA_WHERE: Readonly<Record<string, Localized>> = {
  'sia.gear': { en: 'The gear icon in the top bar, at the right.', de: 'Das Zahnradsymbol rechts in der oberen Leiste.' },
  'sia.settings': { en: '"Settings" in the menu that opens under the gear icon.', de: '„Einstellungen“ im Menü, das sich unter dem Zahnradsymbol öffnet.' },
  'sia.admin.salesforce': { en: '"Salesforce" under "Admin Settings" in the settings navigation on the left.', de: '„Salesforce“ unter „Admin Settings“ in der Einstellungsnavigation links.' },
  'sia.salesforce.connections-tab': { en: 'The "Connections & Customizations" tab at the top of the Salesforce settings.', de: 'Die Registerkarte „Verbindungen und Anpassungen“ oben in den Salesforce-Einstellungen.' },
  'sia.salesforce.connect': { en: 'The "Connect" button on the Connections & Customizations tab.', de: 'Die Schaltfläche „Verbinden“ auf der Registerkarte „Verbindungen und Anpassungen“.' },
  'sia.salesforce.confirm-ok': { en: 'The "OK" button in the dialog that opens after "Connect".', de: 'Die Schaltfläche „OK“ im Dialog, der sich nach „Verbinden“ öffnet.' },
  'sia.salesforce.connected': { en: 'When connected, the tab shows the connected Salesforce user and a "Disconnect" button.', de: 'Bei bestehender Verbindung zeigt die Registerkarte den verbundenen Salesforce-Benutzer und „Trennen“ („Disconnect“).' },
  'sia.admin.marketo': { en: '"Marketo" under "Admin Settings" in the settings navigation on the left.', de: '„Marketo“ unter „Admin Settings“ in der Einstellungsnavigation links.' },
  'sia.marketo.connect': { en: 'The "Connect" button on the Marketo settings page.', de: 'Die Schaltfläche „Verbinden“ auf der Marketo-Einstellungsseite.' },
  'sia.marketo.setup.client-id': { en: 'The "Client ID" field on the Set Up tab of the Marketo settings.', de: 'Das Feld „Client-ID“ auf der Registerkarte „Einrichtung“ der Marketo-Einstellungen.' },
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
};
