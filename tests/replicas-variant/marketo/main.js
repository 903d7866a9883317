// Marketo Engage (classic UI) variant replica: app-xxx.marketo.com/#TOKEN and
// engage-xx.marketo.com/?munchkinId=…#/classic/TOKEN, also embedded in experience.adobe.com's shell.
// Embedded, the frame never changes its own hash: it routes internally and tells the shell (postMessage).
import { h, later, replace } from '../shared/dom.js';
import { language, renderDelay, scenarios } from '../shared/params.js';
import { createStore } from '../shared/store.js';
import { textFor } from './text.js';
import { adminLeaves, adminTree, canvas, mainNav } from './shell.js';
import { x41Mask } from './ext4.js';
import { pageFor } from './pages.js';

const HOME = 'MM0A1';

/** States a scenario starts in (applied only where the stored state has not got there yet). */
function presetFor(scen, store) {
  const state = store.get();
  if (state.invited.length) return;
  if (scen.has('invite-pending')) store.set({ invited: ['jordan.lee@acme.example'] });
  else if (scen.has('activated') || scen.has('synced')) store.set({ invited: ['admin@acme.example'] });
  if (scen.has('synced')) store.set({ syncStartedAt: Date.now() - 3600_000 });
}

function boot() {
  const lang = language();
  const t = textFor(lang);
  const scen = scenarios();
  const embedded = window.top !== window;
  const store = createStore('marketo', { invited: [], syncStartedAt: 0, sfdcSync: !scen.has('sfdc-sync-off') });
  presetFor(scen, store);
  const munchkinId = new URLSearchParams(location.search).get('munchkinId') ?? '123-ABC-456';
  const classicPrefix = location.hash.startsWith('#/classic/');
  let current = tokenFromHash() || HOME;
  let renderId = 0;

  document.documentElement.lang = lang;
  document.body.classList.add('ext-webkit', 'ext-chrome', 'x-body', 'mkt-body');
  const navHost = h('div', { class: 'mktHeader' });
  const main = h('div', { class: 'mktViewport x-border-layout-ct' });
  document.body.append(h('div', { class: 'x-viewport mktRoot' }, navHost, main));

  const ctx = { lang, t, scen, store, munchkinId, delay: renderDelay(1500), open, rerender: () => render(current) };

  function tokenFromHash() {
    return location.hash.replace(/^#\/?(classic\/)?/, '').split(/[/?]/)[0];
  }

  /** Opens the page for `token`: in the top window by changing the hash, embedded by routing internally. */
  function open(token) {
    if (embedded) {
      render(token);
      window.parent.postMessage({ source: 'marketo-classic', token }, '*');
    } else {
      location.hash = classicPrefix ? `/classic/${token}` : token;
    }
  }

  function onNav(key) {
    if (key === 'admin') open(scen.has('admin-start-users') ? 'UR0A1' : 'MA0A1');
    else if (key === 'home') open(HOME);
  }

  async function render(token) {
    current = token;
    const id = ++renderId;
    const leaf = adminLeaves(t).find((l) => l.token === token);
    replace(navHost, mainNav({ t, active: leaf ? 'admin' : 'home', onNav, embedded }));
    if (!leaf) {
      document.title = `${t.nav.home} | Marketo`;
      replace(main, h('div', { class: 'x-panel mktHome' }, h('h1', { class: 'mktHomeTitle' }, t.home.welcome), h('p', {}, t.home.hint)));
      return;
    }
    document.title = `${leaf.text} | Admin | Marketo`;
    // The tree comes quickly, the canvas seconds later under a load mask (each render makes new ids).
    const west = h('div', { class: 'mktWest' });
    const center = h('div', { class: 'mktCenter x4-masked-relative' });
    replace(main, west, center);
    const unmask = x41Mask(center, t.loading);
    await later(Math.min(300, ctx.delay));
    if (id !== renderId) return;
    west.append(adminTree({ t, token, onOpen: open }));
    await later(ctx.delay);
    if (id !== renderId) return;
    unmask();
    const page = canvas(leaf.text);
    center.append(page.el);
    pageFor(token)(ctx, page.body);
  }

  window.addEventListener('hashchange', () => !embedded && render(tokenFromHash() || HOME));
  render(current);
}

boot();
