import { defineText } from '../../lib/i18n/define-text';

/** Texts of the "Check credentials" page (kept apart from ui-text.ts: only this page needs them). */
const EN = {
  title: 'Check credentials',
  intro:
    'Paste the Munchkin ID, Client ID and Client Secret exactly as you are about to paste them into Sales Insight Actions (Settings › Marketo › Set Up). The guide checks their format here and asks Marketo whether they work. Nothing you enter is saved or sent anywhere except to your Marketo instance.',
  fieldsLegend: 'Marketo credentials',
  munchkinHint: 'Format 123-ABC-456 (Marketo: Admin › Integration › Munchkin).',
  clientIdHint: 'From Admin › Sales Insight › Actions Config › Integration Information.',
  secretHint: 'From the same card. Shown as dots; it stays on this page.',
  showSecret: 'Show secret',
  check: 'Check',
  checking: 'Checking…',
  askingPermission: 'Waiting for your permission to contact {host}…',
  verdictTitle: 'Result',
  nothingYet: 'Enter the values and choose Check.',
  summaryOk: 'All three values have the right format.',
  summaryWarnings: 'The format is probably right, but check the notes below.',
  summaryErrors_one: '{n} of 3 fields needs correcting before the credentials can work.',
  summaryErrors_other: '{n} of 3 fields need correcting before the credentials can work.',
  fieldOk: 'Looks right.',
  fieldSwapped: 'holds the Client ID: swap the two values above.',
  fixPrefix: 'Fix: {label}',
  liveTitle: 'Test with Marketo',
  liveSkipped: 'Not tested with Marketo yet: correct the errors above first, then choose Check again.',
  liveReady: 'The format is right now. Press Check to test the credentials with Marketo.',
  liveApiUser: 'API user: {user}',
  liveLifetime: 'Token lifetime: {seconds} seconds (about {minutes} minutes). The token was discarded at once.',
  refusedHint:
    'The browser asks once for permission to contact {host} — only that address, and only when you choose Check. Choose Check again and then “Allow”. The format checks above ran without it.',
  failed: 'The check could not run: {message}',
} as const;

export type CredentialsTextKey = keyof typeof EN;

const DE = {
  title: 'Zugangsdaten prüfen',
  intro:
    'Fügen Sie Munchkin-ID, Client-ID und Client-Geheimnis genau so ein, wie Sie sie in Sales Insight Actions (Einstellungen › Marketo › Einrichtung) einfügen wollen. Die Anleitung prüft hier das Format und fragt Marketo, ob die Zugangsdaten funktionieren. Ihre Eingaben werden nicht gespeichert und nur an Ihre Marketo-Instanz gesendet.',
  fieldsLegend: 'Marketo-Zugangsdaten',
  munchkinHint: 'Format 123-ABC-456 (Marketo: Admin › Integration › Munchkin).',
  clientIdHint: 'Aus Admin › Sales Insight › Aktionskonfiguration › Integrationsinformationen.',
  secretHint: 'Von derselben Karte. Wird als Punkte angezeigt und verlässt diese Seite nicht.',
  showSecret: 'Secret anzeigen',
  check: 'Prüfen',
  checking: 'Wird geprüft …',
  askingPermission: 'Warte auf Ihre Erlaubnis, {host} zu kontaktieren …',
  verdictTitle: 'Ergebnis',
  nothingYet: 'Geben Sie die Werte ein und wählen Sie „Prüfen“.',
  summaryOk: 'Alle drei Werte haben das richtige Format.',
  summaryWarnings: 'Das Format ist wahrscheinlich richtig, beachten Sie aber die Hinweise unten.',
  summaryErrors_one: '{n} von 3 Feldern muss korrigiert werden, bevor die Zugangsdaten funktionieren können.',
  summaryErrors_other: '{n} von 3 Feldern müssen korrigiert werden, bevor die Zugangsdaten funktionieren können.',
  fieldOk: 'Sieht richtig aus.',
  fieldSwapped: 'enthält die Client-ID: Tauschen Sie die beiden Werte oben.',
  fixPrefix: 'Korrigieren: {label}',
  liveTitle: 'Test mit Marketo',
  liveSkipped: 'Noch nicht mit Marketo getestet: Korrigieren Sie zuerst die Fehler oben und wählen Sie dann erneut „Prüfen“.',
  liveReady: 'Das Format stimmt jetzt. Wählen Sie „Prüfen“, um die Zugangsdaten bei Marketo zu testen.',
  liveApiUser: 'API-Benutzer: {user}',
  liveLifetime: 'Gültigkeit des Tokens: {seconds} Sekunden (etwa {minutes} Minuten). Das Token wurde sofort verworfen.',
  refusedHint:
    'Der Browser fragt einmal nach der Erlaubnis, {host} zu kontaktieren – nur diese Adresse und nur, wenn Sie „Prüfen“ wählen. Wählen Sie erneut „Prüfen“ und dann „Zulassen“. Die Formatprüfung oben lief auch ohne Erlaubnis.',
  failed: 'Die Prüfung konnte nicht ausgeführt werden: {message}',
};

/** A text of the credentials page in `locale` with `{name}` placeholders filled. */
export const credentialsText = /* @__PURE__ */ defineText(EN, DE);
