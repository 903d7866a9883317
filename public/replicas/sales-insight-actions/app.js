// mountSia(root, options): the Sales Insight Actions replica (app under /next).
// Rendering only: reading the URL, storage and hashchange live in main.js.
// Layout: top bar (logo, main nav, gear menu, avatar) over either the settings
// layout (left nav with "Admin Settings" group + content) or a plain content area.

import { h } from '../shared/dom.js';
import { createIdGen } from '../shared/ids.js';
import { makeT } from '../shared/lang.js';
import { createScope } from '../shared/timing.js';
import { STRINGS } from './strings.js';
import { SETTINGS_NAV, TOP_NAV, routeFromHash, hrefFor } from './routes.js';
import { menuButton, icon } from './widgets.js';
import { CURRENT_USER } from './store.js';
import { PAGES } from './pages/index.js';

/**
 * @param {HTMLElement} root
 * @param {object} o
 * @param {'en'|'de'} [o.lang]
 * @param {number} [o.delay]            ms before a page's content (and a tab panel) renders
 * @param {object} o.store              from createStore()
 * @param {string} [o.hash]             initial location hash
 * @param {boolean} [o.marketoFail]     Marketo "Connect" fails (use the Set Up tab)
 * @param {(route: object) => void} [o.onSalesforceAuth]  OK in the connect dialog: leave for Salesforce
 */
export function mountSia(root, o) {
  const opts = { lang: 'en', delay: 300, marketoFail: false, onSalesforceAuth: () => {}, ...o };
  const ids = createIdGen();
  const t = makeT(STRINGS, opts.lang);
  let scope = createScope();
  let route = null;

  const gear = menuButton({
    ids,
    button: h('button', { class: 'topbar-icon sia-gear', 'aria-label': t('gear') }, icon('gear')),
    items: [
      { text: t('gearSettings'), href: hrefFor('settings') },
      { text: t('gearHelp'), onSelect: () => {} },
      { text: t('gearSignOut'), onSelect: () => {} },
    ],
  });
  const topLinks = new Map();
  const topNav = h('nav', { class: 'topnav', 'aria-label': t('navMainLabel') },
    h('ul', null, TOP_NAV.map((n) => {
      const a = h('a', { href: hrefFor(n.route), class: 'topnav-link' }, t(n.label));
      topLinks.set(n.key, a);
      return h('li', null, a);
    })));
  const header = h('header', { class: 'topbar' },
    h('a', { class: 'brand', href: hrefFor('inbox') }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'S'), t('appName')),
    topNav,
    h('div', { class: 'topbar-right' }, gear.el,
      h('span', { class: 'avatar', role: 'img', 'aria-label': t('userMenu', { name: CURRENT_USER.name }) }, 'AB')));

  const navLinks = new Map();
  const settingsNav = h('nav', { class: 'settings-nav', 'aria-label': t('settingsNavLabel') },
    SETTINGS_NAV.map((g) => h('div', { class: 'nav-group' },
      h('h2', { class: 'nav-group-title' }, t(g.group)),
      h('ul', null, g.items.map((it) => {
        const a = h('a', { href: hrefFor(it.route), class: 'nav-link' }, t(it.label));
        navLinks.set(it.key, a);
        return h('li', null, a);
      })))));
  const main = h('main', { class: 'content', id: 'sia-main' });
  const body = h('div', { class: 'layout' }, settingsNav, main);
  const app = h('div', { class: 'sia-app' }, header, body);
  root.replaceChildren(app);

  function markCurrent(el, on) {
    if (on) el.setAttribute('aria-current', 'page'); else el.removeAttribute('aria-current');
  }

  /** Render the route of a hash. The real app re-renders the content area on every route change. */
  function navigate(hash) {
    const next = routeFromHash(hash);
    if (route && next.path === route.path) return;
    route = next;
    scope.dispose();
    scope = createScope();
    gear.close();
    const inSettings = route.area === 'settings';
    settingsNav.hidden = !inSettings;
    body.classList.toggle('layout-settings', inSettings);
    navLinks.forEach((a, key) => markCurrent(a, inSettings && key === route.nav));
    topLinks.forEach((a, key) => markCurrent(a, !inSettings && key === route.key));

    const page = PAGES[route.page];
    const ctx = { t, ids, lang: opts.lang, store: opts.store, scope, opts, route, delay: opts.delay };
    document.title = t('docTitle', { page: page.title(ctx) });
    main.setAttribute('aria-busy', 'true');
    main.replaceChildren(h('p', { class: 'loading', role: 'status' }, t('loading')));
    const mine = scope;
    mine.later(opts.delay, () => {
      main.removeAttribute('aria-busy');
      main.replaceChildren(page.render(ctx));
    });
  }

  navigate(opts.hash ?? '');
  return {
    navigate,
    get route() { return route; },
    destroy() { scope.dispose(); gear.close(); root.replaceChildren(); },
  };
}
