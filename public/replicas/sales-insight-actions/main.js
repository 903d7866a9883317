// Host glue for the replica served on toutapp.com: reads the URL options,
// wires localStorage and hashchange, and plays the Salesforce OAuth round trip
// as real page loads (/next → /auth/salesforce/callback → /next).
// Options: lang=de, delay=MS (default 300), reset=1, state=fresh|connected,
// marketoConnect=fail.

import { pickLang } from '../shared/lang.js';
import { parseDelay } from '../shared/timing.js';
import { createStore } from './store.js';
import { mountSia } from './app.js';
import { mountCallback } from './oauth.js';

const q = new URLSearchParams(location.search);
const lang = pickLang(q.get('lang'));
const delay = parseDelay(q.get('delay'), 300);
document.documentElement.lang = lang;

let storage = null;
try { storage = window.localStorage; } catch { /* blocked storage: keep state in memory */ }
const store = createStore({ storage, preset: q.get('state'), reset: q.get('reset') === '1' });
// Drop reset=1 once applied, so a reload (or the OAuth return) keeps the state.
q.delete('reset');
q.delete('code');
const search = q.toString() ? `?${q}` : '';
const root = document.getElementById('sia-root');
const SF_ROUTE = '#settings/crm/salesforce/configure';

if (location.pathname.startsWith('/auth/salesforce')) {
  // The OAuth callback: finish the connection, then back into the app.
  mountCallback(root, { lang, delay, store, done: () => location.replace(`/next${search}${SF_ROUTE}`) });
} else if (!location.pathname.startsWith('/next')) {
  // The app lives under /next; the site root forwards there.
  location.replace(`/next${search}${location.hash}`);
} else {
  if (!location.hash || location.hash === '#') history.replaceState(history.state, '', `/next${search}#inbox`);
  else history.replaceState(history.state, '', `/next${search}${location.hash}`);
  const app = mountSia(root, {
    lang, delay, store,
    hash: location.hash,
    marketoFail: q.get('marketoConnect') === 'fail',
    // OK in the connect dialog. Real app: off to login.salesforce.com, which
    // redirects back with ?code=…; we skip the Salesforce hop (no network).
    onSalesforceAuth: () => {
      const back = new URLSearchParams(q);
      back.set('code', `replica-${Math.random().toString(36).slice(2, 10)}`);
      setTimeout(() => location.assign(`/auth/salesforce/callback?${back}`), 250);
    },
  });
  window.addEventListener('hashchange', () => app.navigate(location.hash));
}
