import type { Localized } from '../i18n/locale';
import { FIELD_LABELS } from './messages';
import type { LiveCheckField, LiveCheckOutcome } from './live-types';

/** What a verdict message may mention. Never the secret, the Client ID or the token. */
export interface VerdictMessageParams {
  /** `<MUNCHKIN>.mktorest.com`; a Munchkin ID is not secret. */
  readonly host?: string;
  readonly status?: number;
  readonly timeoutMs?: number;
  readonly apiUser?: string | null;
  readonly fields?: readonly LiveCheckField[];
}

const seconds = (ms: number, locale: 'en' | 'de') => (ms / 1000).toLocaleString(locale, { maximumFractionDigits: 2 });

const MESSAGES: Readonly<Record<LiveCheckOutcome, (p: VerdictMessageParams, host: string) => Localized>> = {
  valid: (p) => ({
    en: `Marketo accepted the Client ID and Client Secret${p.apiUser ? ` for the API user ${p.apiUser}` : ''}. The credentials work.`,
    de: `Marketo hat Client-ID und Client-Geheimnis akzeptiert${p.apiUser ? ` (API-Benutzer: ${p.apiUser})` : ''}. Die Zugangsdaten funktionieren.`,
  }),
  'bad-credentials': (p) => ({
    en: `Marketo rejected the Client ID or Client Secret (HTTP ${p.status ?? ''}). Copy both again from the Integration Information card, check that they belong to this Munchkin ID and are not swapped, and that the API user is still active.`,
    de: `Marketo hat Client-ID oder Client-Geheimnis abgelehnt (HTTP ${p.status ?? ''}). Kopieren Sie beide erneut aus der Karte „Integrationsinformationen“ und prüfen Sie, ob sie zu dieser Munchkin-ID gehören, nicht vertauscht sind und der API-Benutzer noch aktiv ist.`,
  }),
  'unknown-munchkin-or-network': (_, host) => ({
    en: `Could not reach ${host}. Check the Munchkin ID (Marketo shows it under Admin › Integration › Munchkin) and your network connection; a VPN, proxy or firewall may block the address.`,
    de: `${host} ist nicht erreichbar. Prüfen Sie die Munchkin-ID (Marketo zeigt sie unter Admin › Integration › Munchkin an) und Ihre Netzwerkverbindung; möglicherweise blockiert ein VPN, Proxy oder eine Firewall die Adresse.`,
  }),
  timeout: (p) => ({
    en: `Marketo did not answer within ${seconds(p.timeoutMs ?? 0, 'en')} seconds. Check your network connection and try again in a moment.`,
    de: `Marketo hat nicht innerhalb von ${seconds(p.timeoutMs ?? 0, 'de')} Sekunden geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es gleich noch einmal.`,
  }),
  'server-error': (p) => ({
    en: `Marketo answered with a server error (HTTP ${p.status ?? ''}). This is usually temporary: try again in a few minutes. If it persists, check status.adobe.com.`,
    de: `Marketo hat mit einem Serverfehler geantwortet (HTTP ${p.status ?? ''}). Das ist meist vorübergehend: Versuchen Sie es in einigen Minuten erneut. Bleibt der Fehler, sehen Sie auf status.adobe.com nach.`,
  }),
  'rate-limited': () => ({
    en: 'Marketo is limiting API calls for this instance right now (too many calls at once, or the daily quota is used up). Wait a few minutes and try again; if the daily quota is exhausted, try again tomorrow.',
    de: 'Marketo begrenzt gerade die API-Aufrufe dieser Instanz (zu viele gleichzeitige Aufrufe oder das Tageskontingent ist aufgebraucht). Warten Sie einige Minuten und versuchen Sie es dann erneut; ist das Tageskontingent erschöpft, versuchen Sie es morgen wieder.',
  }),
  'malformed-response': (_, host) => ({
    en: `The answer from ${host} was not a Marketo token response. Check the Munchkin ID; a proxy or security tool in your network may also be intercepting the request.`,
    de: `Die Antwort von ${host} war keine Token-Antwort von Marketo. Prüfen Sie die Munchkin-ID; möglicherweise fängt auch ein Proxy oder Sicherheitsprogramm in Ihrem Netzwerk die Anfrage ab.`,
  }),
  redirected: (_, host) => ({
    en: `${host} answered with a redirect instead of a token. The check does not follow redirects, so your credentials never go to another address. Check the Munchkin ID; a proxy or login portal in your network may be redirecting.`,
    de: `${host} hat mit einer Weiterleitung statt mit einem Token geantwortet. Die Prüfung folgt keinen Weiterleitungen, damit Ihre Zugangsdaten nie an eine andere Adresse gehen. Prüfen Sie die Munchkin-ID; eventuell leitet ein Proxy oder Anmeldeportal in Ihrem Netzwerk um.`,
  }),
  'unexpected-status': (p, host) => ({
    en: `${host} answered with HTTP ${p.status ?? ''}, which a Marketo token request does not normally return. Check the Munchkin ID and try again later.`,
    de: `${host} hat mit HTTP ${p.status ?? ''} geantwortet, was bei einer Marketo-Token-Anfrage normalerweise nicht vorkommt. Prüfen Sie die Munchkin-ID und versuchen Sie es später erneut.`,
  }),
  'permission-denied': (_, host) => ({
    en: `The browser did not allow the guide to contact ${host}, so the credentials were not tested. Allow access when the browser asks to run the check, or skip it.`,
    de: `Der Browser hat der Anleitung nicht erlaubt, ${host} zu kontaktieren; die Zugangsdaten wurden daher nicht geprüft. Erlauben Sie den Zugriff, wenn der Browser danach fragt, oder überspringen Sie die Prüfung.`,
  }),
  'invalid-input': (p) => {
    const fields = p.fields ?? [];
    return {
      en: `Correct these fields first: ${fields.map((f) => FIELD_LABELS[f].en).join(', ')}. The live check needs a valid Munchkin ID, a Client ID and a Client Secret.`,
      de: `Korrigieren Sie zuerst diese Felder: ${fields.map((f) => FIELD_LABELS[f].de).join(', ')}. Die Live-Prüfung braucht eine gültige Munchkin-ID, eine Client-ID und ein Client-Geheimnis.`,
    };
  },
  'turned-off': () => ({
    en: 'Your organisation has turned off the live check: the values were checked for paste mistakes only, and nothing was sent to Marketo.',
    de: 'Ihre Organisation hat die Live-Prüfung ausgeschaltet: Die Werte wurden nur auf Einfügefehler geprüft, an Marketo wurde nichts gesendet.',
  }),
  cancelled: () => ({
    en: 'The check was cancelled before Marketo answered. Nothing was changed.',
    de: 'Die Prüfung wurde abgebrochen, bevor Marketo geantwortet hat. Es wurde nichts geändert.',
  }),
};

/** The localized message for a live-check outcome. */
export function verdictMessage(outcome: LiveCheckOutcome, params: VerdictMessageParams = {}): Localized {
  return MESSAGES[outcome](params, params.host ?? 'Marketo');
}
