import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { sendRequest } from '../../lib/messaging/client';
import type { PageDetection } from '../../lib/pages/types';
import { createProgressView, type ProgressView } from '../../stores/progress-view';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import type { StoreApi } from 'zustand/vanilla';
import { currentTabId } from './current-tab';
import { browserHostAccess } from '../../components/onboarding/browser-host-access';
import '../../components/popup/step-list.css';
import '../../components/policy/policy.css';
import './popup.css';

const view = createProgressView(browser.storage);
const browserLocale = localeFromLanguageTag(browser.i18n.getUILanguage());
const root = document.getElementById('app')!;
const access = browserHostAccess();

/** Practice progress, read only once the tab turns out to be a practice tab. */
let practice: StoreApi<ProgressView> | null = null;

function draw(where: (PageDetection & { practice?: true }) | null | undefined) {
  if (where?.practice) practice ??= createProgressView(browser.storage, PRACTICE_PROGRESS_STORAGE_KEY);
  render(
    <PopupApp
      view={view}
      browserLocale={browserLocale}
      where={where}
      send={sendRequest}
      openStep={(stepId, host) => sendRequest({ type: 'guide/open-step', stepId, ...(host ? { host } : {}) })}
      access={access}
      practice={practice}
    />,
    root,
  );
}

draw(undefined);
void currentTabId().then((tabId) => {
  if (tabId === null) return draw(null);
  const ask = () => sendRequest({ type: 'tab/where', tabId }).then(draw, () => draw(null));
  void ask();
  // The tab's frames may report (again) while the popup is open, e.g. after a route change.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && (`tab:${tabId}` in changes || `practice-tab:${tabId}` in changes)) void ask();
  });
});
