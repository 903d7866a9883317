import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PracticeApp } from '../../components/practice/PracticeApp';
import { clearPracticeScreens } from '../../components/practice/screens';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { sendRequest } from '../../lib/messaging/client';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { createProgressView } from '../../stores/progress-view';
import '../../components/popup/step-list.css';
import '../../components/policy/policy.css';
import './practice.css';

render(
  <PracticeApp
    view={createProgressView(browser.storage, PRACTICE_PROGRESS_STORAGE_KEY)}
    browserLocale={localeFromLanguageTag(browser.i18n.getUILanguage())}
    send={sendRequest}
    origin={new URL(browser.runtime.getURL('/')).origin}
    clearScreens={() => clearPracticeScreens([localStorage, sessionStorage])}
    extensionVersion={browser.runtime.getManifest().version}
  />,
  document.getElementById('app')!,
);
