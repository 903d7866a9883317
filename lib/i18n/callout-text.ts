import type { TextLookup, TextTables } from './define-text';

/**
 * Texts of the in-page callouts. Content scripts do not import this table: the background sends it with
 * the overlay's stylesheet (`overlay/look`), so the host page's bundles stay small.
 */
const EN = {
  calloutStepOf: 'Step {n} of {total}',
  calloutPrereqOf: 'Prerequisite {n} of {total}',
  calloutBack: 'Back',
  calloutNext: 'Next',
  calloutDidThis: 'I did this',
  calloutMinimise: 'Minimise guide',
  calloutRestore: 'Show guide: {title}',
  calloutCaution: 'Caution',
  calloutNote: 'Note',
  calloutShortcuts: 'Keys: Alt+Shift+J go to the control, Alt+Shift+→ next, Alt+Shift+← back, Alt+Shift+M minimise',
  fallbackLead: 'We cannot point at this on the page right now. Here is where it usually is:',
  fallbackRetry: 'Look again',
  announceStep: '{position}, {sub}: {title}. {instruction}',
  stripLabel: 'Setup steps',
  calloutVerified: '✓ Verified:',
  calloutVerifiedPlain: '✓ Verified',
  calloutWaitLead: 'Waiting:',
  calloutWaitGeneric: 'This is not available yet: finish the instruction before it first.',
  elsewhereNext: 'Next up',
  elsewhereDone: '{app} part done',
  elsewhereStep: '{position}: {title}, in {app}.',
  elsewhereOpen: 'Open {app}',
  elsewhereLater: 'Later',
  elsewherePill: 'Next up: {position} in {app}',
  elsewhereNeedsHost: 'To go there, open the extension’s popup and choose “Take me there”: it asks for your {app} address once.',
} as const;

export type CalloutTextKey = keyof typeof EN;

const DE: Readonly<Record<CalloutTextKey, string>> = {
  calloutStepOf: 'Schritt {n} von {total}',
  calloutPrereqOf: 'Voraussetzung {n} von {total}',
  calloutBack: 'Zurück',
  calloutNext: 'Weiter',
  calloutDidThis: 'Habe ich erledigt',
  calloutMinimise: 'Anleitung minimieren',
  calloutRestore: 'Anleitung zeigen: {title}',
  calloutCaution: 'Achtung',
  calloutNote: 'Hinweis',
  calloutShortcuts: 'Tasten: Alt+Umschalt+J zum Bedienelement, Alt+Umschalt+→ weiter, Alt+Umschalt+← zurück, Alt+Umschalt+M minimieren',
  fallbackLead: 'Wir können gerade nicht auf dieses Element zeigen. Hier finden Sie es normalerweise:',
  fallbackRetry: 'Erneut suchen',
  announceStep: '{position}, {sub}: {title}. {instruction}',
  stripLabel: 'Einrichtungsschritte',
  calloutVerified: '✓ Bestätigt:',
  calloutVerifiedPlain: '✓ Bestätigt',
  calloutWaitLead: 'Warten:',
  calloutWaitGeneric: 'Das ist noch nicht verfügbar: Erledigen Sie zuerst die Anweisung davor.',
  elsewhereNext: 'Als Nächstes',
  elsewhereDone: 'Teil in {app} erledigt',
  elsewhereStep: '{position}: {title}, in {app}.',
  elsewhereOpen: '{app} öffnen',
  elsewhereLater: 'Später',
  elsewherePill: 'Als Nächstes: {position} in {app}',
  elsewhereNeedsHost: 'Öffnen Sie dazu das Pop-up der Erweiterung und wählen Sie „Dorthin wechseln“: Es fragt einmal nach Ihrer {app}-Adresse.',
};

/** The callouts' texts in both languages (German typed against the English keys). */
export const CALLOUT_TEXTS: TextTables<CalloutTextKey> = { en: EN, de: DE };

/** How the overlay looks up a callout text in `locale`, placeholders filled. */
export type CalloutLookup = TextLookup<CalloutTextKey>;
