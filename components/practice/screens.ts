import type { GuideStep } from '../../lib/guide/types';
import type { Locale } from '../../lib/i18n/locale';
import type { PracticeTextKey } from '../../lib/i18n/practice-text';
import type { AppId } from '../../lib/pages/types';
import { startUrl } from '../../lib/pages/urls';

/** The instance the practice screens pretend to be, per app (the hosts the e2e tests use too). */
export const PRACTICE_HOSTS: Readonly<Record<AppId, string>> = {
  marketo: 'app-ab12.marketo.com',
  'sales-insight-actions': 'toutapp.com',
  salesforce: 'acme.lightning.force.com',
};

/** Where "Open a screen" can start: one entry per app the guide visits, plus Marketo inside Experience Cloud. */
export const PRACTICE_SCREENS: ReadonlyArray<{ label: PracticeTextKey; address: string }> = [
  { label: 'screenMarketo', address: 'https://app-ab12.marketo.com/#ML0A1' },
  { label: 'screenExperience', address: 'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/ML0A1' },
  { label: 'screenSia', address: 'https://toutapp.com/next#settings' },
  { label: 'screenSalesforce', address: 'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home' },
];

/** `address` with the replicas' UI language set to `locale` (their `lang` query parameter). */
export function inLanguage(address: string, locale: Locale): string {
  const url = new URL(address);
  url.searchParams.set('lang', locale);
  return url.href;
}

/** Where a step starts in the sandbox, in `locale`. */
export function stepAddress(step: GuideStep, locale: Locale): string {
  return inLanguage(startUrl(step.app, step.startPage, PRACTICE_HOSTS[step.app]) ?? PRACTICE_SCREENS[0]!.address, locale);
}

/**
 * Forgets the state of every practice screen (connections made, users invited…): the replicas keep it
 * in this origin's storage under the `practice|` prefix (see public/replicas/shared/place.js).
 */
export function clearPracticeScreens(stores: Storage[]): void {
  for (const store of stores) {
    for (const key of Object.keys(store)) if (key.startsWith('practice|')) store.removeItem(key);
  }
}
