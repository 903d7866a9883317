import type { StepId, StepNotice } from './types';

/**
 * Cautions and notes per step, kept apart from the step data so the content scripts do not carry them
 * (30 KB budget each): a callout asks the background for its step's notices (`guide/notices`).
 */
export const STEP_NOTICES: Readonly<Partial<Record<StepId, readonly StepNotice[]>>> = {
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
};

/** The notices of a step (none for most). */
export function noticesOf(stepId: StepId): readonly StepNotice[] {
  return STEP_NOTICES[stepId] ?? [];
}
