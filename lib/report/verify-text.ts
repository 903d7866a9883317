import { defineText } from '../i18n/define-text';

/** Texts of "Check my setup" (Verify now) on the report page. */
const EN = {
  verifyTitle: 'Check my setup',
  verifyHint:
    'Verify now re-checks each step on the Marketo Engage, Sales Insight Actions and Salesforce pages you have open, and records what they show now. Steps whose page is not open can be opened and checked.',
  verifyNow: 'Verify now',
  verifying: 'Checking the open pages…',
  verifySummary: 'Checked {frames} open pages at {time}: {confirmed} confirmed, {notSeen} not shown, {noPage} with no page open.',
  verifyFailed: 'The check could not run: {message} Try again; reload the extension if it keeps failing.',
  verifyNone: 'No page of the setup is open in this browser. Open a step’s page below, or open Marketo Engage, Sales Insight Actions or Salesforce in a tab, then verify again.',
  outcomeConfirmed: 'Confirmed now on {where}.',
  outcomeNotSeen: '{where} does not show it now. Look at this step again: it may have been undone.',
  outcomeNoPage: 'No open page shows it.',
  openAndCheck: 'Open its page and check',
  openQuestion: 'Open the page of “{title}” in a tab and check it when it has loaded?',
  openConfirm: 'Open and check',
  openCancel: 'Cancel',
  openNeedsHost: 'The guide has not seen your {app} address yet: open the page yourself, then press Verify now.',
  openWaiting: 'Opened. Checking as soon as the page has loaded…',
} as const;

/** A key of the Verify now texts. */
export type VerifyTextKey = keyof typeof EN;

const DE = {
  verifyTitle: 'Einrichtung prüfen',
  verifyHint:
    '„Jetzt prüfen“ kontrolliert jeden Schritt erneut auf den geöffneten Seiten von Marketo Engage, Sales Insight Actions und Salesforce und hält fest, was sie jetzt zeigen. Schritte, deren Seite nicht geöffnet ist, können Sie öffnen und prüfen lassen.',
  verifyNow: 'Jetzt prüfen',
  verifying: 'Die geöffneten Seiten werden geprüft …',
  verifySummary: '{frames} geöffnete Seiten um {time} geprüft: {confirmed} bestätigt, {notSeen} nicht angezeigt, {noPage} ohne geöffnete Seite.',
  verifyFailed: 'Die Prüfung konnte nicht ausgeführt werden: {message} Versuchen Sie es erneut; laden Sie die Erweiterung neu, falls der Fehler bleibt.',
  verifyNone: 'In diesem Browser ist keine Seite der Einrichtung geöffnet. Öffnen Sie unten die Seite eines Schritts oder Marketo Engage, Sales Insight Actions bzw. Salesforce in einem Tab und prüfen Sie dann erneut.',
  outcomeConfirmed: 'Jetzt bestätigt auf {where}.',
  outcomeNotSeen: '{where} zeigt es jetzt nicht. Sehen Sie sich diesen Schritt noch einmal an: Er wurde möglicherweise rückgängig gemacht.',
  outcomeNoPage: 'Keine geöffnete Seite zeigt es.',
  openAndCheck: 'Seite öffnen und prüfen',
  openQuestion: 'Die Seite von „{title}“ in einem Tab öffnen und prüfen, sobald sie geladen ist?',
  openConfirm: 'Öffnen und prüfen',
  openCancel: 'Abbrechen',
  openNeedsHost: 'Der Leitfaden kennt Ihre {app}-Adresse noch nicht: Öffnen Sie die Seite selbst und wählen Sie dann „Jetzt prüfen“.',
  openWaiting: 'Geöffnet. Die Prüfung folgt, sobald die Seite geladen ist …',
};

/** A Verify now text in `locale` with `{name}` placeholders filled. */
export const verifyText = /* @__PURE__ */ defineText(EN, DE);
