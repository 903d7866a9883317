// Host glue for the replica served on *.marketo.com: reads the URL options,
// wires localStorage, hashchange and (when embedded) the parent shell.
// Options: lang=de, delay=MS, state=fresh|invited|synced, reset=1, modal=1,
// embedded=1, seed=N, munchkinId=123-ABC-456, actions=0, sfsync=0, tab=actions.

import { pickLang } from '../shared/lang.js';
import { parseDelay } from '../shared/timing.js';
import { here, hostStorage, replaceAddress } from '../shared/place.js';
import { seededRandom } from './creds.js';
import { createStore } from './store.js';
import { mountMarketo } from './app.js';
import { tokenFromHash, hashForToken } from './routes.js';

const q = here().searchParams;
const lang = pickLang(q.get('lang'));
const embedded = q.get('embedded') === '1';

const store = createStore({
  storage: hostStorage(), // null when blocked: state in memory
  preset: q.get('state'),
  reset: q.get('reset') === '1',
  random: q.has('seed') ? seededRandom(Number(q.get('seed')) || 1) : Math.random,
});
// Drop reset=1 once applied, so a reload keeps the state the user built up.
if (q.has('reset')) {
  const address = here();
  address.searchParams.delete('reset');
  replaceAddress(address);
}

const munchkin = (q.get('munchkinId') ?? '').toUpperCase();
document.documentElement.lang = lang;

const app = mountMarketo(document.getElementById('mkt-root'), {
  lang,
  delay: parseDelay(q.get('delay'), 800),
  store,
  token: tokenFromHash(here().hash),
  embedded,
  modal: q.get('modal') === '1',
  munchkinId: /^\d{3}-[A-Z]{3}-\d{3}$/.test(munchkin) ? munchkin : '123-ABC-456',
  features: { actionsConfig: q.get('actions') !== '0', sfSync: q.get('sfsync') !== '0' },
  siTab: q.get('tab'),
  onTitle: (title) => { document.title = title; },
  onRoute: (token) => {
    // Like Marketo, in-app navigation rewrites the URL without a hashchange
    // event; the app already rendered, so nothing may depend on hashchange.
    const address = here();
    address.hash = hashForToken(token, address.hash);
    replaceAddress(address);
    if (embedded && window.parent !== window) {
      // Only a route token: nothing sensitive, so any parent origin may read it.
      window.parent.postMessage({ type: 'mkto-replica:route', token }, '*');
    }
  },
});

window.addEventListener('hashchange', () => app.navigate(tokenFromHash(here().hash)));
