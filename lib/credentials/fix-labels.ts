import type { Localized } from '../i18n/locale';
import type { FixKind } from './types';

/**
 * What a fix button does, in every UI language: the credentials page and the in-page assists label
 * their "Fix" buttons with it. Kept apart from the checks so content scripts can import it alone.
 */
export const FIX_LABELS: Readonly<Record<FixKind, Localized>> = {
  trim: { en: 'Remove spaces and line breaks at the ends', de: 'Leerzeichen und Umbrüche am Rand entfernen' },
  'remove-invisible': { en: 'Remove invisible characters', de: 'Unsichtbare Zeichen entfernen' },
  'remove-line-breaks': { en: 'Remove line breaks', de: 'Zeilenumbrüche entfernen' },
  'remove-tabs': { en: 'Remove tabs', de: 'Tabulatoren entfernen' },
  'remove-spaces': { en: 'Remove spaces', de: 'Leerzeichen entfernen' },
  'strip-quotes': { en: 'Remove the quotation marks', de: 'Anführungszeichen entfernen' },
  'remove-quotes': { en: 'Remove the quotation marks', de: 'Anführungszeichen entfernen' },
  uppercase: { en: 'Use capital letters', de: 'In Großbuchstaben schreiben' },
  'extract-munchkin': { en: 'Keep only the Munchkin ID', de: 'Nur die Munchkin-ID übernehmen' },
  swap: { en: 'Swap Client ID and Client Secret', de: 'Client-ID und Client-Geheimnis tauschen' },
  'use-expected-url': { en: 'Use the exact URL', de: 'Genaue URL übernehmen' },
};
