import type { Locale } from '../../../lib/i18n/locale';

/**
 * Texts of the CSV pre-flight on the upload dialog. A table of its own, not ui-text.ts: the content script
 * has a size budget and needs only these. The verdict and the problems come localised from the background.
 */
export const CSV_UPLOAD_TEXT: Readonly<Record<Locale, Readonly<Record<'label' | 'checking' | 'use' | 'all' | 'fewer' | 'failed' | 'close', string>>>> = {
  en: {
    label: 'CSV check',
    checking: 'Checking {name}… {percent} %',
    use: 'Use cleaned file',
    all: 'Show all ({n})',
    fewer: 'Show fewer',
    failed: 'The file could not be checked.',
    close: 'Close',
  },
  de: {
    label: 'CSV-Prüfung',
    checking: '{name} wird geprüft … {percent} %',
    use: 'Bereinigte Datei verwenden',
    all: 'Alle anzeigen ({n})',
    fewer: 'Weniger anzeigen',
    failed: 'Die Datei konnte nicht geprüft werden.',
    close: 'Schließen',
  },
};
