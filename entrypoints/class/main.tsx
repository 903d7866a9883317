import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClassApp } from '../../components/class/ClassApp';
import { downloadText } from '../../components/download';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import './class.css';

render(
  <ClassApp
    browserLocale={localeFromLanguageTag(browser.i18n.getUILanguage())}
    download={downloadText}
    today={() => new Date().toISOString().slice(0, 10)}
  />,
  document.getElementById('app')!,
);
