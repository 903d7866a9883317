// Host glue for the experience.adobe.com replica: URL in, iframe out.
// The shell's own query options (lang, delay, and the other replica options)
// are carried into the Marketo iframe's src.

import { pickLang } from '../shared/lang.js';
import { here, realOrigin, replaceAddress } from '../shared/place.js';
import { mountShell, parseShellHash, shellHash } from './shell.js';

const CARRY = ['lang', 'delay', 'state', 'reset', 'modal', 'seed', 'actions', 'sfsync', 'tab'];
const q = here().searchParams;
const carry = Object.fromEntries(CARRY.filter((k) => q.has(k)).map((k) => [k, q.get(k)]));
const marketoOrigin = `https://${q.get('mktoHost') || 'app-ab12.marketo.com'}`;

const DEFAULT = { tenant: 'acme', munchkinId: '123-ABC-456', token: 'ML0A1' };
let route = parseShellHash(here().hash);
// reset=1 is handed to the first iframe load only; drop it from the shell URL
// too, so reloading the shell keeps the replica's state.
q.delete('reset');
const search = q.toString() ? `?${q}` : '';
if (!route) route = DEFAULT;
const start = here();
start.search = search;
start.hash = shellHash(route);
replaceAddress(start);

const shell = mountShell(document.getElementById('exc-root'), {
  route, marketoOrigin, carry, lang: pickLang(q.get('lang')),
  // The hash is the frame's own in practice mode too, so setting it fires hashchange → setRoute.
  onNavigate: (next) => { location.hash = shellHash(next); },
});

window.addEventListener('hashchange', () => {
  const next = parseShellHash(here().hash);
  if (next) shell.setRoute(next);
});

// The embedded app reports in-app navigation; mirror it in the shell URL
// without a hashchange (replaceState), so the iframe is not re-navigated.
window.addEventListener('message', (e) => {
  if (e.origin !== realOrigin(marketoOrigin) || e.source !== shell.iframe.contentWindow) return;
  if (e.data?.type !== 'mkto-replica:route' || !/^[A-Z0-9]+$/.test(e.data.token ?? '')) return;
  const next = { ...shell.route, token: e.data.token };
  shell.noteRoute(next);
  const address = here();
  address.hash = shellHash(next);
  replaceAddress(address);
});
