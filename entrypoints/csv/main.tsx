import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CsvPage } from '../../components/csv/CsvPage';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { checkFileInBackground } from '../../lib/messaging/csv-port-client';
import { createProgressView } from '../../stores/progress-view';
import './csv.css';

const view = createProgressView(browser.storage);
const browserLocale = localeFromLanguageTag(browser.i18n.getUILanguage());
render(<CsvPage view={view} browserLocale={browserLocale} startCheck={checkFileInBackground} />, document.getElementById('app')!);
