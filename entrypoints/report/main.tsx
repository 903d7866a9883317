import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReportApp } from '../../components/report/ReportApp';
import { sendRequest } from '../../lib/messaging/client';
import { downloadText } from '../../components/download';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { browserLabel, type BrandVersion } from '../../lib/report/build';
import { createProgressView } from '../../stores/progress-view';
import '../../components/policy/policy.css';
import './report.css';

/** `navigator.userAgentData` is Chromium-only and not in TypeScript's DOM types yet. */
const brands = (navigator as Navigator & { userAgentData?: { brands?: BrandVersion[] } }).userAgentData?.brands;

render(
  <ReportApp
    view={createProgressView(browser.storage)}
    browserLocale={localeFromLanguageTag(browser.i18n.getUILanguage())}
    install={{ extensionVersion: browser.runtime.getManifest().version, browser: browserLabel(navigator.userAgent, brands) }}
    now={() => new Date().toISOString()}
    copyText={(text) => navigator.clipboard.writeText(text)}
    verify={() => sendRequest({ type: 'guide/verify' })}
    openStep={(stepId) => sendRequest({ type: 'guide/open-step', stepId })}
    download={downloadText}
    recordElsewhere={async (stepIds, reportGeneratedAt) => void (await sendRequest({ type: 'progress/done-elsewhere', stepIds, reportGeneratedAt }))}
  />,
  document.getElementById('app')!,
);
