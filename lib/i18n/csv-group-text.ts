import type { MessageKey } from '../csv/messages';
import { defineText } from './define-text';

/**
 * Short names of the kinds of row problems, for the groups on csv.html ("212 rows: e-mail address missing").
 * One per message key a row can get; the report's own messages stay the long, self-contained texts.
 */
const EN = {
  'missing-email': 'e-mail address missing',
  'invalid-email': 'e-mail address not valid',
  'duplicate-email': 'e-mail address listed more than once',
  'duplicate-email/listed': 'e-mail address listed more than once',
  'blank-row': 'empty row',
  'ragged-row/too-many': 'more values than the header has columns',
  'ragged-row/unclosed-quote': 'quotation mark not closed',
  'formula-injection': 'value starting with =, +, - or @ (made safe with a \')',
  'whitespace-trimmed': 'spaces at the start or end (removed)',
  'invisible-removed': 'invisible characters (removed)',
  'email-repaired/mailto': '"mailto:" in front of the address (removed)',
  'email-repaired/display-name': 'address inside "Name <address>" (taken out)',
  'email-repaired/quotes': 'quotation marks around the address or typographic apostrophes (straightened)',
  'lossy-text': 'letters lost by a lossy encoding ("?" or "\ufffd")',
  'field-too-long/email': 'e-mail address too long',
  'field-too-long/other': 'value too long (shortened)',
} as const satisfies Partial<Record<MessageKey, string>>;

/** A kind of row problem: the message key of the row's first finding. */
export type GroupKind = keyof typeof EN;

const DE = {
  'missing-email': 'E-Mail-Adresse fehlt',
  'invalid-email': 'E-Mail-Adresse ungültig',
  'duplicate-email': 'E-Mail-Adresse mehrfach aufgeführt',
  'duplicate-email/listed': 'E-Mail-Adresse mehrfach aufgeführt',
  'blank-row': 'leere Zeile',
  'ragged-row/too-many': 'mehr Werte, als die Kopfzeile Spalten hat',
  'ragged-row/unclosed-quote': 'Anführungszeichen nicht geschlossen',
  'formula-injection': 'Wert beginnt mit =, +, - oder @ (mit \' entschärft)',
  'whitespace-trimmed': 'Leerzeichen am Anfang oder Ende (entfernt)',
  'invisible-removed': 'unsichtbare Zeichen (entfernt)',
  'email-repaired/mailto': '„mailto:“ vor der Adresse (entfernt)',
  'email-repaired/display-name': 'Adresse in „Name <Adresse>“ (herausgelöst)',
  'email-repaired/quotes': 'Anführungszeichen um die Adresse oder typografische Apostrophe (begradigt)',
  'lossy-text': 'durch eine verlustbehaftete Kodierung verlorene Buchstaben („?“ oder „\ufffd“)',
  'field-too-long/email': 'E-Mail-Adresse zu lang',
  'field-too-long/other': 'Wert zu lang (gekürzt)',
};

/** The short name of a kind of row problem in `locale`. */
export const csvGroupText = /* @__PURE__ */ defineText(EN, DE);
