// Host glue for the replica served on toutapp.com: reads the URL options,
// wires localStorage and hashchange, and plays the Salesforce OAuth round trip
// as real page loads (/next → /auth/salesforce/callback → /next).
// Options: lang=de, delay=MS (default 300), reset=1, state=fresh|connected,
// marketoConnect=fail.

import { pickLang } from '../shared/lang.js';
import { parseDelay } from '../shared/timing.js';
import { go, goReplace, here, hostStorage, replaceAddress } from '../shared/place.js';
import { createStore } from './store.js';
import { mountSia } from './app.js';
import { mountCallback } from './oauth.js';

const { pathname, searchParams: q, hash } = here();
const lang = pickLang(q.get('lang'));
const delay = parseDelay(q.get('delay'), 300);
document.documentElement.lang = lang;

// hostStorage() is null when storage is blocked: then state is kept in memory.
const store = createStore({ storage: hostStorage(), preset: q.get('state'), reset: q.get('reset') === '1' });
// Drop reset=1 once applied, so a reload (or the OAuth return) keeps the state.
q.delete('reset');
q.delete('code');
const search = q.toString() ? `?${q}` : '';
const root = document.getElementById('sia-root');
const SF_ROUTE = '#settings/crm/salesforce/configure';

if (pathname.startsWith('/auth/salesforce')) {
  // The OAuth callback: finish the connection, then back into the app.
  mountCallback(root, { lang, delay, store, done: () => goReplace(`/next${search}${SF_ROUTE}`) });
} else if (!pathname.startsWith('/next')) {
  // The app lives under /next; the site root forwards there.
  goReplace(`/next${search}${hash}`);
} else {
  replaceAddress(`/next${search}${hash || '#inbox'}`);
  const app = mountSia(root, {
    lang, delay, store,
    hash: here().hash,
    marketoFail: q.get('marketoConnect') === 'fail',
    // OK in the connect dialog. Real app: off to login.salesforce.com, which
    // redirects back with ?code=…; we skip the Salesforce hop (no network).
    onSalesforceAuth: () => {
      const back = new URLSearchParams(q);
      back.set('code', `replica-${Math.random().toString(36).slice(2, 10)}`);
      setTimeout(() => go(`/auth/salesforce/callback?${back}`), 250);
    },
  });
  window.addEventListener('hashchange', () => app.navigate(here().hash));
}
