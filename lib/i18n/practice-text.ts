import { defineText } from './define-text';

/** Texts of the practice sandbox page (practice.html). */
const EN = {
  practiceTitle: 'Practice sandbox',
  practiceSkip: 'Go to the practice screen',
  practiceIntro:
    'Try the whole setup on faithful copies of the Marketo Engage, Sales Insight Actions and Salesforce screens. The guide works here exactly as on the real apps. Nothing leaves this browser, and practice progress is kept apart from your real progress.',
  practiceProgress: 'Practice progress',
  practiceBrowser: 'Practice browser',
  practiceAddress: 'Address',
  practiceGo: 'Go',
  practiceBack: 'Back',
  practiceForward: 'Forward',
  practiceReload: 'Reload',
  practiceScreens: 'Open a screen',
  practiceScreenChoose: 'Choose…',
  screenMarketo: 'Marketo Engage › Admin',
  screenExperience: 'Marketo Engage in Adobe Experience Cloud',
  screenSia: 'Sales Insight Actions › Settings',
  screenSalesforce: 'Salesforce › Setup',
  practiceNoScreen: 'There is no practice screen for “{address}”. Use a Marketo Engage, Sales Insight Actions or Salesforce address.',
  practiceFrameTitle: 'Practice copy of {address}',
  practiceCopyBadge: 'Practice copy',
  practiceReset: 'Reset practice',
  practiceResetQuestion: 'Start the practice again? Practice progress and every practice screen are reset. Your real progress stays as it is.',
  practiceResetDone: 'Practice reset. Your real progress was not touched.',
  practiceKeys: 'Keys in the practice screens: Alt+Shift+J goes to the control the guide points at, Alt+Shift+→ / ← next / back, Alt+Shift+M hides or shows the guide.',
} as const;

export type PracticeTextKey = keyof typeof EN;

const DE = {
  practiceTitle: 'Übungsumgebung',
  practiceSkip: 'Zum Übungsbildschirm',
  practiceIntro:
    'Üben Sie die ganze Einrichtung an originalgetreuen Nachbildungen der Oberflächen von Marketo Engage, Sales Insight Actions und Salesforce. Der Leitfaden arbeitet hier genau wie in den echten Anwendungen. Nichts verlässt diesen Browser, und der Übungsfortschritt bleibt von Ihrem echten Fortschritt getrennt.',
  practiceProgress: 'Übungsfortschritt',
  practiceBrowser: 'Übungsbrowser',
  practiceAddress: 'Adresse',
  practiceGo: 'Öffnen',
  practiceBack: 'Zurück',
  practiceForward: 'Vorwärts',
  practiceReload: 'Neu laden',
  practiceScreens: 'Bildschirm öffnen',
  practiceScreenChoose: 'Auswählen …',
  screenMarketo: 'Marketo Engage › Admin',
  screenExperience: 'Marketo Engage in Adobe Experience Cloud',
  screenSia: 'Sales Insight Actions › Einstellungen',
  screenSalesforce: 'Salesforce › Setup',
  practiceNoScreen: 'Für „{address}“ gibt es keinen Übungsbildschirm. Verwenden Sie eine Adresse von Marketo Engage, Sales Insight Actions oder Salesforce.',
  practiceFrameTitle: 'Übungskopie von {address}',
  practiceCopyBadge: 'Übungskopie',
  practiceReset: 'Übung zurücksetzen',
  practiceResetQuestion: 'Die Übung neu beginnen? Der Übungsfortschritt und alle Übungsbildschirme werden zurückgesetzt. Ihr echter Fortschritt bleibt, wie er ist.',
  practiceResetDone: 'Übung zurückgesetzt. Ihr echter Fortschritt ist unverändert.',
  practiceKeys: 'Tasten in den Übungsbildschirmen: Alt+Umschalt+J springt zum Bedienelement, auf das der Leitfaden zeigt, Alt+Umschalt+→ / ← weiter / zurück, Alt+Umschalt+M blendet den Leitfaden aus oder ein.',
};

/** A practice sandbox text in `locale` with `{name}` placeholders filled. */
export const practiceText = /* @__PURE__ */ defineText(EN, DE);
