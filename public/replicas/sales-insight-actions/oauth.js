// The page a browser sees on return from Salesforce (/auth/salesforce/callback):
// a short "Connecting…" screen, then back to the Salesforce settings. A
// callback without a pending Connect (e.g. reloaded later) connects nothing.

import { h } from '../shared/dom.js';
import { makeT } from '../shared/lang.js';
import { STRINGS } from './strings.js';

export function mountCallback(root, { lang, delay, store, done }) {
  const t = makeT(STRINGS, lang);
  document.title = t('docTitle', { page: t('sfTitle') });
  root.replaceChildren(h('main', { class: 'oauth' },
    h('div', { class: 'card oauth-card', role: 'status' },
      h('span', { class: 'spinner', 'aria-hidden': 'true' }),
      h('h1', { class: 'page-title' }, t('sfRedirecting')),
      h('p', { class: 'muted' }, t('sfRedirectHint')))));
  setTimeout(() => { store.finishSalesforce(); done(); }, Math.min(2000, Math.max(400, delay)));
}
