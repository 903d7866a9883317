import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ChecklistApp } from '../../components/checklist/ChecklistApp';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import './checklist.css';

// `?lang=de` (the sandbox opens it in its own language), else the browser's.
const asked = new URLSearchParams(location.search).get('lang');

render(
  <ChecklistApp initialLocale={localeFromLanguageTag(asked ?? browser.i18n.getUILanguage())} print={() => window.print()} />,
  document.getElementById('app')!,
);
