import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { createProgressView } from '../../stores/progress-view';
import markdown from '../../PRIVACY.md?raw';
import './privacy.css';

// Wiring only: the page shows PRIVACY.md itself, in the language the other pages use.
const view = createProgressView(browser.storage);
const browserLocale = localeFromLanguageTag(browser.i18n.getUILanguage());
const root = document.getElementById('app')!;
const draw = () => render(<PrivacyPage markdown={markdown} locale={view.getState().progress.prefs.locale ?? browserLocale} />, root);
draw();
view.subscribe(draw);
