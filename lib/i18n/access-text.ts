import { fillText } from './fill';
import type { Locale } from './locale';

/** Texts about the sites the guide may run on: the onboarding page (onboarding.html) and the popup's notice. */
const EN = {
  onboardingTitle: 'Allow the guide on your setup apps',
  onboardingIntro:
    'The guide shows its callouts on the pages of three apps and reads from those pages which setup steps are done. Your browser lets it do that only on the sites you allow. Nothing it reads leaves your browser.',
  onboardingSitesLabel: 'Sites the guide needs',
  onboardingWhyMarketo: 'Admin › Sales Insight and Admin › Salesforce: the prerequisites and steps 1 and 4, also when Marketo Engage runs inside Adobe Experience Cloud.',
  onboardingWhySia: 'Settings › Admin Settings: steps 2, 3, 5 and 6.',
  onboardingWhySalesforce: 'Setup and the Marketo Sales Insight Config tab: steps 7 and 8.',
  accessGranted: 'Allowed',
  accessMissing: 'Not allowed yet',
  onboardingAllow: 'Allow access to these sites',
  onboardingAllDone: 'Done: the guide runs on all these sites. You can close this tab and open the guide from the toolbar button.',
  onboardingDenied: 'Access was not granted. The guide cannot run on these sites until you allow it here or from the popup.',
  onboardingFailed: 'Your browser did not ask for access: {message}',
  onboardingPrivacy: 'What the guide stores and what leaves your browser',
  popupNoAccess: 'The guide cannot run on {apps}: access to their sites was not granted.',
  popupGrantAccess: 'Grant access',
} as const;

export type AccessTextKey = keyof typeof EN;

const DE: Record<AccessTextKey, string> = {
  onboardingTitle: 'Den Leitfaden auf Ihren Einrichtungs-Apps erlauben',
  onboardingIntro:
    'Der Leitfaden zeigt seine Hinweise auf den Seiten von drei Apps und liest dort, welche Einrichtungsschritte erledigt sind. Ihr Browser lässt ihn das nur auf den Websites tun, die Sie erlauben. Nichts, was er liest, verlässt Ihren Browser.',
  onboardingSitesLabel: 'Websites, die der Leitfaden braucht',
  onboardingWhyMarketo: 'Admin › Sales Insight und Admin › Salesforce: die Voraussetzungen und die Schritte 1 und 4, auch wenn Marketo Engage in Adobe Experience Cloud läuft.',
  onboardingWhySia: 'Einstellungen › Admin Settings: die Schritte 2, 3, 5 und 6.',
  onboardingWhySalesforce: 'Setup und die Registerkarte Marketo Sales Insight Config: die Schritte 7 und 8.',
  accessGranted: 'Erlaubt',
  accessMissing: 'Noch nicht erlaubt',
  onboardingAllow: 'Zugriff auf diese Websites erlauben',
  onboardingAllDone: 'Fertig: Der Leitfaden läuft auf allen diesen Websites. Sie können diesen Tab schließen und den Leitfaden über die Schaltfläche in der Symbolleiste öffnen.',
  onboardingDenied: 'Der Zugriff wurde nicht erteilt. Der Leitfaden kann auf diesen Websites erst laufen, wenn Sie ihn hier oder im Pop-up erlauben.',
  onboardingFailed: 'Ihr Browser hat nicht nach dem Zugriff gefragt: {message}',
  onboardingPrivacy: 'Was der Leitfaden speichert und was Ihren Browser verlässt',
  popupNoAccess: 'Der Leitfaden kann auf {apps} nicht laufen: Der Zugriff auf diese Websites wurde nicht erteilt.',
  popupGrantAccess: 'Zugriff erteilen',
};

/** An access text in `locale`, with `{name}` placeholders filled from `params`. */
export function accessText(locale: Locale, key: AccessTextKey, params: Record<string, string | number> = {}): string {
  return fillText((locale === 'de' ? DE : EN)[key], params);
}
