import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CredentialsApp } from '../../components/credentials/CredentialsApp';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { sendRequest } from '../../lib/messaging/client';
import { createProgressView } from '../../stores/progress-view';
import { liveCheckAllowed } from '../../lib/policy/apply';
import '../../components/policy/policy.css';
import './credentials.css';

// Wiring only: the page's behaviour lives in components/credentials/.
const view = createProgressView(browser.storage);
const browserLocale = localeFromLanguageTag(browser.i18n.getUILanguage());

render(
  <CredentialsApp
    view={view}
    browserLocale={browserLocale}
    deps={{
      check: (request) => sendRequest(request),
      requestPermission: (origins) => browser.permissions.request({ origins }),
      liveAllowed: () => liveCheckAllowed(view.getState().policy.values),
    }}
  />,
  document.getElementById('app')!,
);
