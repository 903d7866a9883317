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
};

/** The callouts' texts in both languages (German typed against the English keys). */
export const CALLOUT_TEXTS: TextTables<CalloutTextKey> = { en: EN, de: DE };

/** How the overlay looks up a callout text in `locale`, placeholders filled. */
export type CalloutLookup = TextLookup<CalloutTextKey>;
