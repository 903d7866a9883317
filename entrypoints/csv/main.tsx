import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CsvPage } from '../../components/csv/CsvPage';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { checkFileInBackground, takeHandedFile } from '../../lib/messaging/csv-port-client';
import { CSV_HANDOFF_HASH } from '../../lib/messaging/csv-port-types';
import { createProgressView } from '../../stores/progress-view';
import './csv.css';

const view = createProgressView(browser.storage);
const browserLocale = localeFromLanguageTag(browser.i18n.getUILanguage());
// Opened by the in-page verdict's "Fix the rest on the CSV page": take its file (once; a reload starts empty).
const handed = location.hash === CSV_HANDOFF_HASH ? takeHandedFile() : undefined;
if (handed) history.replaceState(null, '', location.pathname);
render(<CsvPage view={view} browserLocale={browserLocale} startCheck={checkFileInBackground} handed={handed} />, document.getElementById('app')!);
