import type { PolicyKey } from '../policy/schema';
import { fillText } from './fill';
import type { Locale, Localized } from './locale';

/** Texts about the organisation's policy: the badge on managed controls, the settings list and its notes. */
const EN = {
  managedBadge: 'Set by your organisation',
  policyHeading: 'Settings from your organisation',
  policyOn: 'On',
  policyOff: 'Off',
  policyIgnoredInvalid: 'Ignored “{key}” ({setting}): not a valid value. The guide uses your own choice or its default instead.',
  policyIgnoredUnknown: 'Ignored “{key}”: this version of the guide has no such setting.',
  practiceOff: 'Your organisation does not offer the practice sandbox. Use the guide on your own Marketo Engage, Sales Insight Actions and Salesforce pages.',
  liveCheckOff: 'Your organisation has turned off the live check: values are checked for paste mistakes only, and nothing is sent to Marketo.',
} as const;

export type PolicyTextKey = keyof typeof EN;

const DE: Record<PolicyTextKey, string> = {
  managedBadge: 'Von Ihrer Organisation festgelegt',
  policyHeading: 'Einstellungen Ihrer Organisation',
  policyOn: 'An',
  policyOff: 'Aus',
  policyIgnoredInvalid: '„{key}“ ({setting}) ignoriert: kein gültiger Wert. Der Leitfaden verwendet stattdessen Ihre eigene Wahl oder seine Voreinstellung.',
  policyIgnoredUnknown: '„{key}“ ignoriert: Diese Version des Leitfadens kennt keine solche Einstellung.',
  practiceOff: 'Ihre Organisation bietet die Übungsumgebung nicht an. Verwenden Sie den Leitfaden auf Ihren eigenen Seiten von Marketo Engage, Sales Insight Actions und Salesforce.',
  liveCheckOff: 'Ihre Organisation hat die Live-Prüfung ausgeschaltet: Die Werte werden nur auf Einfügefehler geprüft, an Marketo wird nichts gesendet.',
};

/** The name of each policy setting, as the settings list shows it. */
export const POLICY_SETTING_NAMES: Readonly<Record<PolicyKey, Localized>> = {
  marketoHost: { en: 'Marketo Engage address', de: 'Adresse von Marketo Engage' },
  salesInsightActionsHost: { en: 'Sales Insight Actions address', de: 'Adresse von Sales Insight Actions' },
  salesforceHost: { en: 'Salesforce address', de: 'Adresse von Salesforce' },
  language: { en: 'Language', de: 'Sprache' },
  persona: { en: 'Role', de: 'Rolle' },
  liveCredentialCheck: { en: 'Live credential check', de: 'Live-Prüfung der Zugangsdaten' },
  practiceSandbox: { en: 'Practice sandbox', de: 'Übungsumgebung' },
  presenterMode: { en: 'Presenter mode', de: 'Präsentationsmodus' },
};

/** A policy text in `locale`, with `{name}` placeholders filled from `params`. */
export function policyText(locale: Locale, key: PolicyTextKey, params: Record<string, string | number> = {}): string {
  return fillText((locale === 'de' ? DE : EN)[key], params);
}
