// Sales Insight Actions variant replica (toutapp.com/next, routes in the hash). A single-page app of our own
// design: side navigation entries are ARIA links without href, icon buttons are named by hidden text, panels
// render late under a load mask, ids are generated per render. Routes differ from the old deep links:
// #settings/org/salesforce, #settings/org/marketo, #settings/org/users (the guide must recognise the pages
// by what they show). Scenarios (?scenario=…): sf-other-admin, mk-other-admin, mk-fails, auth-error,
// no-privileges, not-activated.
import { h, replace } from '../shared/dom.js';
import { language, renderDelay, scenarios } from '../shared/params.js';
import { createStore } from '../shared/store.js';
import { textFor } from './text.js';
import { icon, loader, srOnly } from './kit.js';
import { settingsPage } from './settings.js';

const SETTINGS = /^settings(?:\/|$)/;

function boot() {
  const lang = language();
  const t = textFor(lang);
  const scen = scenarios();
  const store = createStore('sales-insight-actions', {
    sf: scen.has('sf-other-admin') ? { by: 'Jordan Lee' } : null,
    mk: scen.has('mk-other-admin') ? { by: 'Jordan Lee' } : null,
    users: [{ name: 'Marketo Admin', email: 'admin@acme.example', role: 'admin', status: 'active' }],
  });
  document.documentElement.lang = lang;
  const root = document.getElementById('app-root');
  const ctx = { t, lang, scen, store, delay: renderDelay(1200), go, rerender: () => render() };
  let menu = null;

  function go(route) {
    location.hash = route;
  }
  const route = () => location.hash.replace(/^#\/?/, '').split('?')[0] || 'home';

  function closeMenu() {
    menu?.remove();
    menu = null;
    document.querySelector('.GearBtn_6d')?.setAttribute('aria-expanded', 'false');
  }

  function toggleMenu(event) {
    event.stopPropagation();
    if (menu) return closeMenu();
    const item = (label, onClick, truth) => h('div', { role: 'menuitem', tabindex: '-1', class: 'MenuItem_2f', 'data-truth': truth, onclick: () => (closeMenu(), onClick?.()) }, h('span', {}, label));
    menu = h('div', { role: 'menu', class: 'Popover_0x', 'aria-label': t.header.gear },
      item(t.gearMenu.whatsNew), item(t.gearMenu.settings, () => go('settings'), 'sia.settings'), item(t.gearMenu.helpCenter), h('hr', { role: 'separator' }), item(t.gearMenu.signOut));
    document.body.append(menu);
    event.currentTarget.setAttribute('aria-expanded', 'true');
  }

  function topBar() {
    const link = (label, to) => h('li', {}, h('a', { href: `/next${location.search}#${to}`, class: 'MainLink_4n' }, label));
    return h('header', { class: 'TopBar_9xa' },
      h('a', { class: 'Brand_2ok', href: `/next${location.search}#home`, title: t.product }, icon('cloud'), h('span', {}, t.product)),
      h('nav', { 'aria-label': lang === 'de' ? 'Hauptnavigation' : 'Main' }, h('ul', { class: 'MainLinks_7tt' },
        link(t.nav.home, 'home'), link(t.nav.people, 'people'), link(t.nav.campaigns, 'campaigns'), link(t.nav.templates, 'templates'))),
      h('span', { class: 'Spacer_1a' }),
      h('button', { type: 'button', class: 'IconBtn_4pz' }, icon('bell'), srOnly(t.header.notifications)),
      h('button', { type: 'button', class: 'IconBtn_4pz' }, icon('help'), srOnly(t.header.help)),
      h('button', { type: 'button', class: 'IconBtn_4pz GearBtn_6d', 'aria-haspopup': 'menu', 'aria-expanded': 'false', onclick: toggleMenu, 'data-truth': 'sia.gear' }, icon('gear'), srOnly(t.header.gear)),
      h('span', { class: 'Avatar_8c', title: 'Marketo Admin' }, 'MA'));
  }

  function activation() {
    return h('div', { class: 'Home_6q Activation_1q' }, h('h1', {}, t.activation.title), h('p', {}, t.activation.message), h('p', {}, t.activation.hint),
      h('button', { type: 'button', class: 'Btn_0k Btn--cta_1' }, t.activation.connect));
  }

  async function render() {
    closeMenu();
    const content = h('div', { class: 'Content_5mm' });
    replace(root, h('div', { class: 'AppShell_3kq' }, topBar(), content));
    const now = route();
    document.title = `${t.product}`;
    if (scen.has('not-activated')) return content.append(activation());
    if (!SETTINGS.test(now)) {
      content.append(h('div', { class: 'Home_6q' }, h('h1', {}, t.nav.home), h('p', {}, t.home?.hint ?? '')));
      return;
    }
    const unmask = loader(content, t.loading);
    await new Promise((ok) => setTimeout(ok, Math.min(400, ctx.delay)));
    unmask();
    settingsPage(ctx, content, now);
  }

  document.addEventListener('click', () => menu && closeMenu());
  window.addEventListener('hashchange', render);
  render();
}

boot();
