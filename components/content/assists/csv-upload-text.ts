import type { SuggestibleProblem } from '../../../lib/csv/suggest';
import type { Locale } from '../../../lib/i18n/locale';

type CsvUploadTextKey =
  | 'label'
  | 'checking'
  | 'applying'
  | 'use'
  | 'placed'
  | 'fixRest'
  | 'fixRestHint'
  | 'fixRestFailed'
  | 'repaired'
  | 'toFix'
  | 'apply'
  | 'applyOne'
  | 'example'
  | 'suggestHint'
  | 'applied'
  | 'appliedOne'
  | 'applyFailed'
  | 'failed'
  | 'close';

/** One language of the upload dialog's CSV texts: the panel's own, and what each suggestion changes. */
export interface CsvUploadTexts {
  readonly ui: Readonly<Record<CsvUploadTextKey, string>>;
  /** What a group's suggestion does to an address, for "Apply: ü → ue in 2 addresses". */
  readonly change: Readonly<Record<SuggestibleProblem, string>>;
}

/**
 * Texts of the CSV pre-flight on the upload dialog. A table of its own, not ui-text.ts: this bundle is
 * injected on that page only and needs only these. The verdict and the groups come localised from the
 * background (lib/csv/verdict.ts).
 */
export const CSV_UPLOAD_TEXT: Readonly<Record<Locale, CsvUploadTexts>> = {
  en: {
    ui: {
      label: 'CSV check',
      checking: 'Checking {name}… {percent} %',
      applying: 'Applying the suggestion… {percent} %',
      use: 'Use cleaned file',
      placed: 'The cleaned file {name} is now in the dialog. It was checked again:',
      fixRest: 'Fix the rest on the CSV page',
      fixRestHint: 'Opens this file, with the suggestions applied here, in the CSV check in a new tab, where you can edit single rows.',
      fixRestFailed: 'The CSV page could not be opened with this file. Try again.',
      repaired: 'Repaired automatically',
      toFix: 'To fix',
      apply: 'Apply: {change} in {n} addresses',
      applyOne: 'Apply: {change} in 1 address',
      example: 'For example {from} → {to}.',
      suggestHint: 'A suggestion changes addresses (check that such mailboxes exist), so it is applied only when you choose it.',
      applied: 'Suggestion applied to {n} rows.',
      appliedOne: 'Suggestion applied to 1 row.',
      applyFailed: 'The suggestion could not be applied. Try again.',
      failed: 'The file could not be checked.',
      close: 'Close',
    },
    change: {
      'non-ascii-local': 'ü → ue, é → e',
      'special-character': '– → -',
      space: 'spaces removed',
      'double-dot': '.. → .',
      'dot-position': 'dots at the start or end removed',
      'formula-start': '=, + or - at the start removed',
    },
  },
  de: {
    ui: {
      label: 'CSV-Prüfung',
      checking: '{name} wird geprüft … {percent} %',
      applying: 'Vorschlag wird angewendet … {percent} %',
      use: 'Bereinigte Datei verwenden',
      placed: 'Die bereinigte Datei {name} ist jetzt im Dialog. Sie wurde erneut geprüft:',
      fixRest: 'Den Rest auf der CSV-Seite korrigieren',
      fixRestHint: 'Öffnet diese Datei mit den hier angewendeten Vorschlägen in der CSV-Prüfung in einem neuen Tab, wo Sie einzelne Zeilen bearbeiten können.',
      fixRestFailed: 'Die CSV-Seite konnte mit dieser Datei nicht geöffnet werden. Versuchen Sie es erneut.',
      repaired: 'Automatisch korrigiert',
      toFix: 'Zu korrigieren',
      apply: 'Anwenden: {change} in {n} Adressen',
      applyOne: 'Anwenden: {change} in 1 Adresse',
      example: 'Zum Beispiel {from} → {to}.',
      suggestHint: 'Ein Vorschlag ändert Adressen (prüfen Sie, ob es diese Postfächer gibt) und wird deshalb nur angewendet, wenn Sie ihn wählen.',
      applied: 'Vorschlag auf {n} Zeilen angewendet.',
      appliedOne: 'Vorschlag auf 1 Zeile angewendet.',
      applyFailed: 'Der Vorschlag konnte nicht angewendet werden. Versuchen Sie es erneut.',
      failed: 'Die Datei konnte nicht geprüft werden.',
      close: 'Schließen',
    },
    change: {
      'non-ascii-local': 'ü → ue, é → e',
      'special-character': '– → -',
      space: 'Leerzeichen entfernt',
      'double-dot': '.. → .',
      'dot-position': 'Punkte am Anfang oder Ende entfernt',
      'formula-start': '=, + oder - am Anfang entfernt',
    },
  },
};
