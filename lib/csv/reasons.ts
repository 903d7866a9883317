import type { Locale } from '../i18n/locale';
import type { EmailProblem } from './email';

/**
 * Why an address is not valid, in words, English and German: the part in brackets of an `invalid-email`
 * message. Each says what a person sees in the cell (an invisible character is not called a space, a
 * semicolon is not called a bad domain).
 */
export const REASONS: Readonly<Record<Locale, Readonly<Record<EmailProblem, string>>>> = {
  en: {
    space: 'it contains a space',
    'no-at': 'the @ sign is missing',
    'several-at': 'it contains more than one @ sign',
    'missing-local': 'nothing before the @ sign',
    'missing-domain': 'nothing after the @ sign',
    'formula-start': 'it starts with =, + or -',
    'double-dot': 'two dots in a row',
    'dot-position': 'a dot at the start or end of a part',
    'non-ascii-local': 'umlauts or accented letters before the @ sign, which most mail systems do not accept',
    'special-character': 'a typographic or special character (such as a dash or an ellipsis) that addresses cannot contain',
    separator: 'it contains a semicolon or comma, so the cell probably holds more than one address; put each address in a row of its own',
    lossy: 'a character was lost when the file was saved (shown as \ufffd); fix the name in the source and save it as CSV UTF-8',
    invisible: 'it contains an invisible character (a zero-width or no-break space)',
    'invalid-character': 'a character that is not allowed',
    'local-too-long': 'more than 64 characters before the @ sign',
    'invalid-domain': 'the domain after the @ sign is not valid',
    'missing-tld': 'missing top-level domain',
    'invalid-tld': 'the top-level domain is not valid',
  },
  de: {
    space: 'sie enthält ein Leerzeichen',
    'no-at': 'das @-Zeichen fehlt',
    'several-at': 'sie enthält mehr als ein @-Zeichen',
    'missing-local': 'vor dem @-Zeichen steht nichts',
    'missing-domain': 'nach dem @-Zeichen steht nichts',
    'formula-start': 'sie beginnt mit =, + oder -',
    'double-dot': 'zwei Punkte hintereinander',
    'dot-position': 'ein Punkt am Anfang oder Ende eines Teils',
    'non-ascii-local': 'Umlaute oder Buchstaben mit Akzent vor dem @-Zeichen, die die meisten Mailsysteme nicht annehmen',
    'special-character': 'ein typografisches oder Sonderzeichen (etwa ein Gedankenstrich oder Auslassungspunkte), das in Adressen nicht vorkommen darf',
    separator: 'sie enthält ein Semikolon oder Komma, die Zelle enthält also wohl mehr als eine Adresse; setzen Sie jede Adresse in eine eigene Zeile',
    lossy: 'beim Speichern ging ein Zeichen verloren (angezeigt als \ufffd); korrigieren Sie den Namen in der Quelle und speichern Sie als CSV UTF-8',
    invisible: 'sie enthält ein unsichtbares Zeichen (ein geschütztes Leerzeichen oder eines ohne Breite)',
    'invalid-character': 'ein nicht erlaubtes Zeichen',
    'local-too-long': 'mehr als 64 Zeichen vor dem @-Zeichen',
    'invalid-domain': 'die Domain nach dem @-Zeichen ist ungültig',
    'missing-tld': 'Top-Level-Domain fehlt',
    'invalid-tld': 'die Top-Level-Domain ist ungültig',
  },
};
