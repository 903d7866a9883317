import type { Locale } from '../i18n/locale';
import type { EmailProblem } from './email';
import { REASONS } from './reasons';
import type { CsvDelimiter } from './types';

/**
 * Message templates, English and German. Rule for every template: never include a cell value. The report is
 * meant to be attached to support tickets, so it names rows, columns and the kind of problem, not addresses.
 * Column names come from the file's header row, which by construction holds no e-mail-looking value.
 */

/** One message variant per situation; the issue code is the part before the slash. */
export const MESSAGE_KEYS = [
  'not-csv/xlsx',
  'not-csv/xls',
  'not-csv/binary',
  'empty-file/empty',
  'empty-file/header-only',
  'no-email-column',
  'missing-email',
  'invalid-email',
  'duplicate-email',
  'duplicate-email/listed',
  'blank-row',
  'ragged-row/too-many',
  'ragged-row/unclosed-quote',
  'formula-injection',
  'whitespace-trimmed',
  'invisible-removed',
  'email-repaired/mailto',
  'email-repaired/display-name',
  'email-repaired/quotes',
  'lossy-text',
  'seat-limit',
  'team-limit',
  'encoding-fallback',
  'field-too-long/email',
  'field-too-long/other',
  'file-too-large/warn',
  'file-too-large/refuse',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Values a template may use. None of them is cell content. */
export interface MessageParams {
  /** Column label from {@link columnLabel}. */
  column?: string;
  reason?: EmailProblem;
  /** Row of the first occurrence, for duplicates. */
  firstRow?: number;
  /** Fields found and expected, for ragged rows. */
  found?: number;
  expected?: number;
  delimiter?: CsvDelimiter;
  /** A character limit or a size in bytes, depending on the template. */
  limit?: number;
  bytes?: number;
}

type Template = (p: MessageParams) => string;

const EXCEL_EN = 'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)" and upload that file.';
const EXCEL_DE =
  'Wählen Sie in Excel Datei › Speichern unter › „CSV UTF-8 (durch Trennzeichen getrennt) (*.csv)“ und laden Sie diese Datei hoch.';

const DELIMITER_NAMES: Readonly<Record<Locale, Readonly<Record<CsvDelimiter, string>>>> = {
  en: { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' },
  de: { ',': 'Komma', ';': 'Semikolon', '\t': 'Tabulator', '|': 'senkrechter Strich' },
};

/** Sizes for people: MiB, whole numbers as such (the limits), else one decimal; decimal comma in German. */
function mb(bytes: number | undefined, locale: Locale): string {
  const value = (bytes ?? 0) / (1024 * 1024);
  const s = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return locale === 'de' ? s.replace('.', ',') : s;
}

const TEMPLATES: Readonly<Record<Locale, Readonly<Record<MessageKey, Template>>>> = {
  en: {
    'not-csv/xlsx': () => `This is an Excel workbook (.xlsx), not a CSV file. ${EXCEL_EN}`,
    'not-csv/xls': () => `This is an older Excel workbook (.xls), not a CSV file. ${EXCEL_EN}`,
    'not-csv/binary': () => `This file is not a text file, so it cannot be a CSV file. ${EXCEL_EN}`,
    'empty-file/empty': () => `The file is empty. ${EXCEL_EN}`,
    'empty-file/header-only': () =>
      'The file has a header row but no users. Add one row per user below the header and save the file again.',
    'no-email-column': () =>
      'No e-mail column was found. Add a column headed "Email" with one e-mail address per row and save the file again.',
    'missing-email': () => 'the e-mail address is missing. The row was removed.',
    'invalid-email': (p) => `the e-mail address is not valid (${REASONS.en[p.reason ?? 'invalid-character']}). The row was removed.`,
    'duplicate-email': (p) =>
      `the e-mail address already appears in row ${p.firstRow} (ignoring upper/lower case and spaces). This row was removed.`,
    'duplicate-email/listed': () => 'the e-mail address is already in the cleaned file (ignoring upper/lower case and spaces).',
    'blank-row': () => 'the row is empty and was removed.',
    'ragged-row/too-many': (p) =>
      `the row has ${p.found} values but the header has ${p.expected} columns, probably because a value contains a ` +
      `${DELIMITER_NAMES.en[p.delimiter ?? ',']} without quotation marks. The row was removed; put that value in quotation marks.`,
    'ragged-row/unclosed-quote': () =>
      'a quotation mark is not closed, so the rest of the file was read as one value. The row was removed; check the quotation marks in this row.',
    'formula-injection': () =>
      'the value starts with =, +, - or @, which a spreadsheet may run as a formula. A \' was put in front of it.',
    'whitespace-trimmed': () => 'spaces at the start or end were removed.',
    'invisible-removed': () => 'invisible characters (zero-width or no-break spaces, from chat tools or PDFs) were removed.',
    'email-repaired/mailto': () => 'the "mailto:" in front of the address (copied from a link) was removed.',
    'email-repaired/display-name': () => 'the address was taken out of "Name <address>", the form Outlook and Teams paste.',
    'email-repaired/quotes': () => 'quotation marks around the address were removed and typographic apostrophes made straight.',
    'lossy-text': () =>
      'the value contains "?" or "\ufffd" where a letter probably was: the list went through an encoding that lost letters. ' +
      'The row was kept; fix the name in the source and save the file as CSV UTF-8.',
    'seat-limit': (p) =>
      `The list has ${p.found} different e-mail addresses, but a Sales Insight Actions instance has ${p.limit} user seats (Adobe's product usage limits). ` +
      'All rows were kept; invite no more people than you have seats.',
    'team-limit': (p) =>
      `The list names ${p.found} different teams, but a Sales Insight Actions instance can have ${p.limit} teams (Adobe's product usage limits). ` +
      'All rows were kept; merge teams before inviting.',
    'encoding-fallback': () =>
      'The file is not saved as UTF-8, so it was read as Windows-1252 (Western European, what Excel writes for plain "CSV"). ' +
      'Check that umlauts and accents look right in the cleaned file, which is saved as UTF-8.',
    'field-too-long/email': (p) => `the e-mail address is longer than ${p.limit} characters. The row was removed.`,
    'field-too-long/other': (p) => `the value is longer than ${p.limit} characters and was shortened.`,
    'file-too-large/warn': (p) =>
      `The file is ${mb(p.bytes, 'en')} MB. It was checked, but files over ${mb(p.limit, 'en')} MB may be refused when inviting; consider splitting it.`,
    'file-too-large/refuse': (p) =>
      `The file is ${mb(p.bytes, 'en')} MB, more than the ${mb(p.limit, 'en')} MB that can be checked. Split it into several smaller files.`,
  },
  de: {
    'not-csv/xlsx': () => `Das ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. ${EXCEL_DE}`,
    'not-csv/xls': () => `Das ist eine ältere Excel-Arbeitsmappe (.xls), keine CSV-Datei. ${EXCEL_DE}`,
    'not-csv/binary': () => `Diese Datei ist keine Textdatei und damit keine CSV-Datei. ${EXCEL_DE}`,
    'empty-file/empty': () => `Die Datei ist leer. ${EXCEL_DE}`,
    'empty-file/header-only': () =>
      'Die Datei enthält eine Kopfzeile, aber keine Benutzer. Fügen Sie unter der Kopfzeile eine Zeile pro Benutzer hinzu und speichern Sie die Datei erneut.',
    'no-email-column': () =>
      'Es wurde keine E-Mail-Spalte gefunden. Fügen Sie eine Spalte mit der Überschrift „E-Mail“ und einer E-Mail-Adresse pro Zeile hinzu und speichern Sie die Datei erneut.',
    'missing-email': () => 'Die E-Mail-Adresse fehlt. Die Zeile wurde entfernt.',
    'invalid-email': (p) => `Die E-Mail-Adresse ist ungültig (${REASONS.de[p.reason ?? 'invalid-character']}). Die Zeile wurde entfernt.`,
    'duplicate-email': (p) =>
      `Die E-Mail-Adresse steht bereits in Zeile ${p.firstRow} (Groß-/Kleinschreibung und Leerzeichen nicht berücksichtigt). Diese Zeile wurde entfernt.`,
    'duplicate-email/listed': () => 'Die E-Mail-Adresse steht bereits in der bereinigten Datei (Groß-/Kleinschreibung und Leerzeichen nicht berücksichtigt).',
    'blank-row': () => 'Die Zeile ist leer und wurde entfernt.',
    'ragged-row/too-many': (p) =>
      `Die Zeile enthält ${p.found} Werte, die Kopfzeile aber nur ${p.expected} Spalten – vermutlich steht in einem Wert ein ` +
      `${DELIMITER_NAMES.de[p.delimiter ?? ',']} ohne Anführungszeichen. Die Zeile wurde entfernt; setzen Sie diesen Wert in Anführungszeichen.`,
    'ragged-row/unclosed-quote': () =>
      'Ein Anführungszeichen wird nicht geschlossen, daher wurde der Rest der Datei als ein einziger Wert gelesen. Die Zeile wurde entfernt; prüfen Sie die Anführungszeichen in dieser Zeile.',
    'formula-injection': () =>
      'Der Wert beginnt mit =, +, - oder @ und könnte von einer Tabellenkalkulation als Formel ausgeführt werden. Ein \' wurde vorangestellt.',
    'whitespace-trimmed': () => 'Leerzeichen am Anfang oder Ende wurden entfernt.',
    'invisible-removed': () => 'Unsichtbare Zeichen (geschützte Leerzeichen oder solche ohne Breite, aus Chat-Programmen oder PDFs) wurden entfernt.',
    'email-repaired/mailto': () => 'Das „mailto:“ vor der Adresse (aus einem Link kopiert) wurde entfernt.',
    'email-repaired/display-name': () => 'Die Adresse wurde aus „Name <Adresse>“ herausgelöst, der Form, in der Outlook und Teams sie einfügen.',
    'email-repaired/quotes': () => 'Anführungszeichen um die Adresse wurden entfernt und typografische Apostrophe begradigt.',
    'lossy-text': () =>
      'Der Wert enthält „?“ oder „\ufffd“, wo vermutlich ein Buchstabe stand: Die Liste wurde mit einer Kodierung gespeichert, die Buchstaben verliert. ' +
      'Die Zeile wurde behalten; korrigieren Sie den Namen in der Quelle und speichern Sie die Datei als CSV UTF-8.',
    'seat-limit': (p) =>
      `Die Liste enthält ${p.found} verschiedene E-Mail-Adressen, eine Sales Insight Actions-Instanz hat aber ${p.limit} Benutzerlizenzen (Produktnutzungsgrenzen von Adobe). ` +
      'Alle Zeilen wurden behalten; laden Sie nicht mehr Personen ein, als Sie Lizenzen haben.',
    'team-limit': (p) =>
      `Die Liste nennt ${p.found} verschiedene Teams, eine Sales Insight Actions-Instanz kann aber ${p.limit} Teams haben (Produktnutzungsgrenzen von Adobe). ` +
      'Alle Zeilen wurden behalten; fassen Sie Teams vor dem Einladen zusammen.',
    'encoding-fallback': () =>
      'Die Datei ist nicht als UTF-8 gespeichert und wurde daher als Windows-1252 gelesen (westeuropäisch, so speichert Excel einfaches „CSV“). ' +
      'Prüfen Sie, ob Umlaute in der bereinigten Datei richtig aussehen; sie wird als UTF-8 gespeichert.',
    'field-too-long/email': (p) => `Die E-Mail-Adresse ist länger als ${p.limit} Zeichen. Die Zeile wurde entfernt.`,
    'field-too-long/other': (p) => `Der Wert ist länger als ${p.limit} Zeichen und wurde gekürzt.`,
    'file-too-large/warn': (p) =>
      `Die Datei ist ${mb(p.bytes, 'de')} MB groß. Sie wurde geprüft, aber Dateien über ${mb(p.limit, 'de')} MB werden beim Einladen möglicherweise abgelehnt; teilen Sie sie gegebenenfalls auf.`,
    'file-too-large/refuse': (p) =>
      `Die Datei ist ${mb(p.bytes, 'de')} MB groß und damit größer als die ${mb(p.limit, 'de')} MB, die geprüft werden können. Teilen Sie sie in mehrere kleinere Dateien auf.`,
  },
};

/** Keys whose text is about one whole row, and needs no "column" in its prefix. */
const ROW_WIDE = new Set<MessageKey>(['blank-row', 'ragged-row/too-many', 'ragged-row/unclosed-quote', 'duplicate-email', 'duplicate-email/listed', 'missing-email', 'invalid-email', 'field-too-long/email']);

/**
 * The localised text for an issue. Row issues start with "Row 7: " (or "Row 7, column "Vorname": " for
 * field issues), so a message still makes sense when copied out of the report on its own.
 */
export function formatMessage(locale: Locale, key: MessageKey, row: number | null, params: MessageParams = {}): string {
  const body = TEMPLATES[locale][key](params);
  if (row === null) return body;
  const where =
    params.column !== undefined && !ROW_WIDE.has(key)
      ? locale === 'de'
        ? `Zeile ${row}, Spalte ${params.column}: `
        : `Row ${row}, column ${params.column}: `
      : locale === 'de'
        ? `Zeile ${row}: `
        : `Row ${row}: `;
  return where + body;
}

/** Longest header text quoted in a message; longer ones are cut with an ellipsis. */
const MAX_LABEL = 40;

/**
 * How a message names a column: its header in quotes ("Vorname" / „Vorname“), or "2" style numbers when the
 * file has no header row or the header itself looks like data (contains @).
 */
export function columnLabel(locale: Locale, index: number, header: string | null): string {
  if (header === null || header === '' || header.includes('@')) return String(index);
  const text = header.length > MAX_LABEL ? `${header.slice(0, MAX_LABEL - 1)}…` : header;
  return locale === 'de' ? `„${text}“` : `"${text}"`;
}

/** Header for an unnamed column in the cleaned file of a file without header row. */
export function unnamedHeader(locale: Locale, index: number): string {
  return locale === 'de' ? `Spalte ${index}` : `Column ${index}`;
}
