import type { Localized } from '../i18n/locale';
import type { CredentialField, FindingCode } from './types';

/** Field names as the products show them. */
export const FIELD_LABELS: Readonly<Record<CredentialField, Localized>> = {
  munchkinId: { en: 'Munchkin ID', de: 'Munchkin-ID' },
  clientId: { en: 'Client ID', de: 'Client-ID' },
  clientSecret: { en: 'Client Secret', de: 'Client-Geheimnis' },
  apiSecretKey: { en: 'API Secret Key', de: 'API Secret Key' },
  remoteSiteUrl: { en: 'Remote Site URL', de: 'Remote-Site-URL' },
};

/**
 * What a message may mention. Deliberately no field for the checked value: messages never quote it.
 * `expectedUrl`/`otherUrl` are the fixed, public remote site URLs.
 */
export interface MessageParams {
  readonly field: CredentialField;
  readonly other?: CredentialField;
  readonly length?: number;
  readonly expectedLength?: number;
  readonly expectedUrl?: string;
  readonly otherUrl?: string;
}

type Texts = (p: MessageParams, en: string, de: string) => Localized;

// German messages say „Der Wert im Feld …“ rather than using the field name as the subject, because
// the field names have different genders (die Client-ID, das Client-Geheimnis, der API Secret Key).
const MESSAGES: Readonly<Record<FindingCode, Texts>> = {
  empty: (_, en, de) => ({
    en: `The ${en} field is empty or contains only spaces or invisible characters. Paste the ${en} here.`,
    de: `Das Feld „${de}“ ist leer oder enthält nur Leerzeichen bzw. unsichtbare Zeichen. Fügen Sie hier den Wert ein.`,
  }),
  'leading-trailing-space': (_, en, de) => ({
    en: `The ${en} starts or ends with a space. Spaces are not part of it and stop it from matching — remove them.`,
    de: `Der Wert im Feld „${de}“ beginnt oder endet mit einem Leerzeichen. Leerzeichen gehören nicht dazu und verhindern, dass er erkannt wird – entfernen Sie sie.`,
  }),
  'inner-space': (_, en, de) => ({
    en: `The ${en} has a space in the middle. Two values may have been pasted together, or the value was broken across lines — copy it again in one piece.`,
    de: `Der Wert im Feld „${de}“ enthält mittendrin ein Leerzeichen. Vielleicht wurden zwei Werte zusammen eingefügt oder der Wert wurde umbrochen – kopieren Sie ihn erneut in einem Stück.`,
  }),
  'line-break': (_, en, de) => ({
    en: `The ${en} contains a line break, usually copied along from a table cell, an e-mail or a PDF. Remove it.`,
    de: `Der Wert im Feld „${de}“ enthält einen Zeilenumbruch, meist mitkopiert aus einer Tabellenzelle, einer E-Mail oder einem PDF. Entfernen Sie ihn.`,
  }),
  tab: (_, en, de) => ({
    en: `The ${en} contains a tab character, usually copied along from a table. Remove it.`,
    de: `Der Wert im Feld „${de}“ enthält ein Tabulatorzeichen, meist mitkopiert aus einer Tabelle. Entfernen Sie es.`,
  }),
  'invisible-character': (_, en, de) => ({
    en: `The ${en} contains invisible characters (zero-width or non-breaking spaces, text-direction marks), often added by chat tools, PDFs or word processors. Remove them.`,
    de: `Der Wert im Feld „${de}“ enthält unsichtbare Zeichen (Leerzeichen ohne Breite, geschützte Leerzeichen, Textrichtungsmarken), wie sie Chat-Programme, PDFs oder Textverarbeitungen einfügen. Entfernen Sie sie.`,
  }),
  'wrapping-quotes': (_, en, de) => ({
    en: `The ${en} is wrapped in quotation marks. They are not part of the value — remove them.`,
    de: `Der Wert im Feld „${de}“ steht in Anführungszeichen. Diese gehören nicht zum Wert – entfernen Sie sie.`,
  }),
  'smart-quote': (_, en, de) => ({
    en: `The ${en} contains typographic quotation marks (“ ” ‘ ’ « »), usually inserted by a word processor or chat tool. They are not part of the value.`,
    de: `Der Wert im Feld „${de}“ enthält typografische Anführungszeichen („ “ ‚ ‘ « »), wie sie Textverarbeitungen und Chat-Programme einsetzen. Sie gehören nicht zum Wert.`,
  }),
  'not-uuid': () => ({
    en: 'This is not a Client ID. A Client ID looks like 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f: 8-4-4-4-12 digits and letters a–f. Copy it again from the Integration Information card in Marketo.',
    de: 'Das ist keine Client-ID. Eine Client-ID sieht so aus: 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f, also 8-4-4-4-12 Ziffern und Buchstaben a–f. Kopieren Sie sie erneut aus der Karte „Integrationsinformationen“ in Marketo.',
  }),
  'not-32-alphanumerics': () => ({
    en: 'This is not a Client Secret. A Client Secret is exactly 32 letters and digits, nothing else. Copy it again from the Integration Information card in Marketo.',
    de: 'Das ist kein Client-Geheimnis. Ein Client-Geheimnis besteht aus genau 32 Buchstaben und Ziffern, ohne weitere Zeichen. Kopieren Sie es erneut aus der Karte „Integrationsinformationen“ in Marketo.',
  }),
  truncated: (p, en, de) => ({
    en: `The ${en} looks cut off: it has ${p.length ?? 0} of ${p.expectedLength ?? 0} characters. Copy it again and make sure to select the whole value.`,
    de: `Der Wert im Feld „${de}“ scheint abgeschnitten: Er hat ${p.length ?? 0} von ${p.expectedLength ?? 0} Zeichen. Kopieren Sie ihn erneut und markieren Sie dabei den ganzen Wert.`,
  }),
  'lowercase-munchkin': () => ({
    en: 'Marketo writes the Munchkin ID with upper-case letters (123-ABC-456). Use that form so it matches exactly.',
    de: 'Marketo schreibt die Munchkin-ID mit Großbuchstaben (123-ABC-456). Verwenden Sie diese Schreibweise, damit sie genau übereinstimmt.',
  }),
  'munchkin-is-url': () => ({
    en: 'This is a web address, not just the Munchkin ID. The Munchkin ID is only the 123-ABC-456 part in front of .mktorest.com.',
    de: 'Das ist eine Webadresse, nicht nur die Munchkin-ID. Die Munchkin-ID ist nur der Teil 123-ABC-456 vor .mktorest.com.',
  }),
  'not-munchkin-id': () => ({
    en: 'This is not a Munchkin ID. A Munchkin ID looks like 123-ABC-456; Marketo shows it under Admin › Integration › Munchkin.',
    de: 'Das ist keine Munchkin-ID. Eine Munchkin-ID sieht so aus: 123-ABC-456; Marketo zeigt sie unter Admin › Integration › Munchkin an.',
  }),
  'url-in-field': (_, en, de) => ({
    en: `The ${en} field contains a web address. Paste the ${en} itself, not a link.`,
    de: `Im Feld „${de}“ steht eine Webadresse. Fügen Sie den Wert selbst ein, keinen Link.`,
  }),
  'email-in-field': (_, en, de) => ({
    en: `The ${en} field contains an e-mail address (perhaps the API user's). Paste the ${en} instead.`,
    de: `Im Feld „${de}“ steht eine E-Mail-Adresse (vielleicht die des API-Benutzers). Fügen Sie stattdessen den richtigen Wert ein.`,
  }),
  'secret-in-client-id-field': () => ({
    en: 'This looks like a Client Secret (32 letters and digits), not a Client ID. Did you paste the Client Secret into the Client ID field?',
    de: 'Das sieht nach einem Client-Geheimnis aus (32 Buchstaben und Ziffern), nicht nach einer Client-ID. Haben Sie das Client-Geheimnis in das Feld „Client-ID“ eingefügt?',
  }),
  'client-id-in-secret-field': () => ({
    en: 'This looks like a Client ID (8-4-4-4-12 with hyphens), not a Client Secret. Did you paste the Client ID into the Client Secret field?',
    de: 'Das sieht nach einer Client-ID aus (8-4-4-4-12 mit Bindestrichen), nicht nach einem Client-Geheimnis. Haben Sie die Client-ID in das Feld „Client-Geheimnis“ eingefügt?',
  }),
  'api-secret-key-too-short': () => ({
    en: 'The API Secret Key is shorter than 8 characters. If it was cut off while copying, copy it again: it must be exactly the key set in Marketo under Admin › Sales Insight › Edit API Configuration.',
    de: 'Der API Secret Key ist kürzer als 8 Zeichen. Falls er beim Kopieren abgeschnitten wurde, kopieren Sie ihn erneut: Er muss genau dem Schlüssel entsprechen, der in Marketo unter Admin › Sales Insight › Edit API Configuration eingetragen ist.',
  }),
  'api-secret-key-too-long': () => ({
    en: 'The API Secret Key is longer than 255 characters — probably more than the key was pasted. Copy only the key set in Marketo under Admin › Sales Insight › Edit API Configuration.',
    de: 'Der API Secret Key ist länger als 255 Zeichen – vermutlich wurde mehr als der Schlüssel eingefügt. Kopieren Sie nur den Schlüssel aus Marketo (Admin › Sales Insight › Edit API Configuration).',
  }),
  'api-secret-key-charset': () => ({
    en: 'The API Secret Key contains characters other than plain letters, digits and punctuation, such as accented letters or dashes a word processor replaced. Check that it matches the key in Marketo exactly.',
    de: 'Der API Secret Key enthält andere Zeichen als einfache Buchstaben, Ziffern und Satzzeichen, etwa Umlaute oder von einer Textverarbeitung ersetzte Bindestriche. Prüfen Sie, ob er genau dem Schlüssel in Marketo entspricht.',
  }),
  'remote-site-mismatch': (p) => ({
    en: `This is not the expected remote site URL. Enter exactly ${p.expectedUrl ?? ''}`,
    de: `Das ist nicht die erwartete Remote-Site-URL. Tragen Sie genau ${p.expectedUrl ?? ''} ein.`,
  }),
  'remote-site-http': (p) => ({
    en: `The URL must start with https://, not http://. Enter exactly ${p.expectedUrl ?? ''}`,
    de: `Die URL muss mit https:// beginnen, nicht mit http://. Tragen Sie genau ${p.expectedUrl ?? ''} ein.`,
  }),
  'remote-site-missing-scheme': (p) => ({
    en: `The URL is missing https:// at the start. Enter exactly ${p.expectedUrl ?? ''}`,
    de: `Am Anfang der URL fehlt https://. Tragen Sie genau ${p.expectedUrl ?? ''} ein.`,
  }),
  'remote-site-trailing-slash': (p) => ({
    en: `The URL ends with a slash. Enter it without the slash at the end: ${p.expectedUrl ?? ''}`,
    de: `Die URL endet mit einem Schrägstrich. Tragen Sie sie ohne Schrägstrich am Ende ein: ${p.expectedUrl ?? ''}`,
  }),
  'remote-site-extra-path': (p) => ({
    en: `The URL has more after the host name (a path, query or port). Enter only ${p.expectedUrl ?? ''}`,
    de: `Die URL enthält nach dem Hostnamen noch mehr (Pfad, Parameter oder Port). Tragen Sie nur ${p.expectedUrl ?? ''} ein.`,
  }),
  'remote-site-host-case': (p) => ({
    en: `The URL contains upper-case letters. Enter it in lower case, exactly ${p.expectedUrl ?? ''}`,
    de: `Die URL enthält Großbuchstaben. Tragen Sie sie kleingeschrieben ein, genau ${p.expectedUrl ?? ''}`,
  }),
  'remote-site-other-entry': (p) => ({
    en: `This is the other remote site (${p.otherUrl ?? ''}). Each of the two needs its own entry; this one must be ${p.expectedUrl ?? ''}`,
    de: `Das ist die andere Remote-Site (${p.otherUrl ?? ''}). Jede der beiden braucht einen eigenen Eintrag; dieser muss ${p.expectedUrl ?? ''} lauten.`,
  }),
  'swapped-id-secret': () => ({
    en: 'Client ID and Client Secret are swapped: the Client ID field holds the secret and the Client Secret field holds the ID. Swap the two values.',
    de: 'Client-ID und Client-Geheimnis sind vertauscht: Im Feld „Client-ID“ steht das Geheimnis, im Feld „Client-Geheimnis“ die ID. Tauschen Sie die beiden Werte.',
  }),
  'same-value-in-two-fields': (p, en, de) => {
    const other = FIELD_LABELS[p.other ?? p.field];
    return {
      en: `The ${en} field holds the same value as the ${other.en} field. Each field needs its own value — copy them one at a time.`,
      de: `Im Feld „${de}“ steht derselbe Wert wie im Feld „${other.de}“. Jedes Feld braucht seinen eigenen Wert – kopieren Sie die Werte einzeln.`,
    };
  },
};

/** The localized message for a finding. */
export function findingMessage(code: FindingCode, params: MessageParams): Localized {
  const label = FIELD_LABELS[params.field];
  return MESSAGES[code](params, label.en, label.de);
}
