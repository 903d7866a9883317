import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import './onboarding.css';

// Wiring only: the page's behaviour lives in components/onboarding/.
render(
  <OnboardingApp
    locale={localeFromLanguageTag(browser.i18n.getUILanguage())}
    access={{
      permissions: browser.permissions,
      hostPermissions: browser.runtime.getManifest().host_permissions,
      request: (origins) => browser.permissions.request({ origins }),
    }}
  />,
  document.getElementById('app')!,
);
