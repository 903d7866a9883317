import { defineText } from './define-text';

/** Texts of the in-page callouts (kept apart from the popup's so content scripts stay small). */
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
  secretHidden: 'hidden while presenting',
  secretReveal: 'Reveal',
  secretHide: 'Hide',
  stripLabel: 'Setup steps',
} as const;

export type CalloutTextKey = keyof typeof EN;

const DE = {
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
  secretHidden: 'beim Präsentieren verborgen',
  secretReveal: 'Anzeigen',
  secretHide: 'Verbergen',
  stripLabel: 'Einrichtungsschritte',
};

/** A callout text in `locale` with `{name}` placeholders filled. */
export const calloutText = /* @__PURE__ */ defineText(EN, DE);
