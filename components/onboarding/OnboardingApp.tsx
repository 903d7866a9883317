import { useEffect, useState } from 'preact/hooks';
import { allOptInOrigins, GUIDED_APPS, optInOrigins } from '../../lib/access/host-access';
import { accessText, type AccessTextKey } from '../../lib/i18n/access-text';
import type { Locale } from '../../lib/i18n/locale';
import { uiText } from '../../lib/i18n/ui-text';
import { APP_NAMES } from '../../lib/pages/names';
import type { AppId } from '../../lib/pages/types';
import { useAppsWithoutAccess, type HostAccessDeps } from './use-host-access';

const WHY: Readonly<Record<AppId, AccessTextKey>> = {
  marketo: 'onboardingWhyMarketo',
  'sales-insight-actions': 'onboardingWhySia',
  salesforce: 'onboardingWhySalesforce',
};

export interface OnboardingAppProps {
  locale: Locale;
  access: HostAccessDeps;
}

/**
 * The first-run page (and the one shown whenever access is missing): which sites the guide needs and
 * why, each with whether it is allowed, and one button that asks the browser for all of them.
 */
export function OnboardingApp({ locale, access }: OnboardingAppProps) {
  const t = (key: AccessTextKey, params?: Record<string, string>) => accessText(locale, key, params);
  const missing = useAppsWithoutAccess(access);
  const [outcome, setOutcome] = useState<string>('');
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('onboardingTitle')} — ${uiText(locale, 'appTitle')}`;
  }, [locale]);

  const allow = () => {
    setOutcome('');
    access.request(allOptInOrigins(access.hostPermissions)).then(
      (granted) => setOutcome(granted ? '' : t('onboardingDenied')),
      (e: unknown) => setOutcome(t('onboardingFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  };

  return (
    <main lang={locale} class="onboarding" data-ready={missing ? 'true' : undefined}>
      <h1>{t('onboardingTitle')}</h1>
      <p class="intro">{t('onboardingIntro')}</p>
      <section aria-labelledby="sites">
        <h2 id="sites">{t('onboardingSitesLabel')}</h2>
        <ul class="sites">
          {GUIDED_APPS.map((app) => {
            const granted = missing && !missing.includes(app);
            return (
              <li key={app} data-app={app} data-granted={missing ? String(granted) : undefined}>
                <h3>{APP_NAMES[app][locale]}</h3>
                <p>{t(WHY[app])}</p>
                <p class="patterns">
                  {optInOrigins(app, access.hostPermissions).map((pattern) => (
                    <code key={pattern}>{pattern}</code>
                  ))}
                </p>
                {missing && <p class={granted ? 'state state--ok' : 'state state--missing'}>{t(granted ? 'accessGranted' : 'accessMissing')}</p>}
              </li>
            );
          })}
        </ul>
      </section>
      {missing && missing.length > 0 && (
        <button type="button" class="primary" onClick={allow}>
          {t('onboardingAllow')}
        </button>
      )}
      <p role="status" class="outcome">
        {missing && missing.length === 0 ? t('onboardingAllDone') : ''}
      </p>
      <p role="alert" class="failure">
        {outcome}
      </p>
      <p>
        <a href="/privacy.html">{t('onboardingPrivacy')}</a>
      </p>
    </main>
  );
}
