import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { browserHostAccess } from '../../components/onboarding/browser-host-access';
import './onboarding.css';

// Wiring only: the page's behaviour lives in components/onboarding/.
render(
  <OnboardingApp
    locale={localeFromLanguageTag(browser.i18n.getUILanguage())}
    access={browserHostAccess()}
  />,
  document.getElementById('app')!,
);
