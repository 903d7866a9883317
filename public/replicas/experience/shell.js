// Steps served: prereq-msi-enabled, prereq-salesforce-sync, setup-sales-account, start-data-sync (the shell that frames Marketo).
// mountShell(root, options): the experience.adobe.com (Adobe Experience
// Cloud) shell replica. A top bar with a product switcher, and the Marketo
// Engage UI in a child <iframe title="Marketo Engage"> on a *.marketo.com
// origin, as in the real shell since 2022 (the iframe origin is an inference).
// Routes: #/@<tenant>/so:<munchkin>/marketo-engage/classic/<TOKEN>.

import { h } from '../shared/dom.js';
import { frameSrc } from '../shared/place.js';

const ROUTE = /^#?\/@([^/]+)\/so:([^/]+)\/marketo-engage\/classic\/([A-Za-z0-9]+)/;

/** Parse a shell hash; null when it is not a Marketo Engage route. */
export function parseShellHash(hash) {
  const m = ROUTE.exec(String(hash ?? ''));
  return m ? { tenant: m[1], munchkinId: m[2], token: m[3] } : null;
}

export function shellHash({ tenant, munchkinId, token }) {
  return `#/@${tenant}/so:${munchkinId}/marketo-engage/classic/${token}`;
}

/** iframe src: Marketo host + ?embedded=1 + carried options + #TOKEN (in practice mode, its replica frame URL) */
export function marketoSrc(marketoOrigin, token, carry) {
  const q = new URLSearchParams({ embedded: '1', ...carry });
  return frameSrc(`${marketoOrigin}/?${q}#${token}`);
}

const PRODUCTS = ['Marketo Engage', 'Adobe Analytics', 'Journey Optimizer', 'Real-Time CDP'];

/**
 * @param {HTMLElement} root
 * @param {object} o
 * @param {{tenant, munchkinId, token}} o.route   initial route
 * @param {string} o.marketoOrigin                e.g. https://app-ab12.marketo.com
 * @param {Record<string,string>} [o.carry]       query options handed to the iframe (lang, delay, …)
 * @param {'en'|'de'} [o.lang]
 * @param {(route) => void} [o.onNavigate]        user picked a place in the shell's own UI
 */
export function mountShell(root, o) {
  const carry = { ...o.carry };
  let route = { ...o.route };
  let menuOpen = false;

  const menu = h('ul', { class: 'exc-menu', role: 'menu', hidden: true },
    PRODUCTS.map((p) => h('li', { role: 'none' }, h('button', {
      type: 'button', role: 'menuitem', class: 'exc-menu-item',
      'aria-current': p === 'Marketo Engage' ? 'true' : null,
      onclick: () => { toggleMenu(false); if (p === 'Marketo Engage') o.onNavigate?.({ ...route, token: 'ML0A1' }); },
    }, p))));
  const switcher = h('button', {
    type: 'button', class: 'exc-switcher', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
    onclick: () => toggleMenu(!menuOpen),
  }, h('span', { class: 'exc-grid-icon', 'aria-hidden': 'true' }), 'Marketo Engage');
  const toggleMenu = (open) => {
    menuOpen = open;
    menu.hidden = !open;
    switcher.setAttribute('aria-expanded', String(open));
  };
  root.ownerDocument.addEventListener('click', (e) => { if (menuOpen && !switcher.contains(e.target) && !menu.contains(e.target)) toggleMenu(false); });
  root.ownerDocument.addEventListener('keydown', (e) => { if (e.key === 'Escape' && menuOpen) { toggleMenu(false); switcher.focus(); } });

  const quick = (label, token) => h('a', {
    class: 'exc-quick', href: shellHash({ ...route, token }),
    onclick: (e) => { e.preventDefault(); o.onNavigate?.({ ...route, token }); },
  }, label);
  const iframe = h('iframe', { title: 'Marketo Engage', class: 'exc-frame', src: marketoSrc(o.marketoOrigin, route.token, carry) });
  // reset=1 applies to the first load only (the app drops it from its URL);
  // keeping it would turn every later hash update into a reload and a reset.
  delete carry.reset;

  root.replaceChildren(h('div', { class: 'exc-shell' },
    h('header', { class: 'exc-topbar' },
      h('span', { class: 'exc-brand' }, h('span', { class: 'exc-logo', 'aria-hidden': 'true' }), 'Adobe Experience Cloud'),
      h('div', { class: 'exc-switch-wrap' }, switcher, menu),
      h('nav', { class: 'exc-quicknav', 'aria-label': 'Marketo Engage' },
        quick(o.lang === 'de' ? 'Marketingaktivitäten' : 'Marketing Activities', 'ML0A1'), quick('Admin', 'AD0A1')),
      h('span', { class: 'exc-org' }, `${route.tenant} · ${route.munchkinId}`)),
    h('main', { class: 'exc-main' }, iframe)));

  return {
    iframe,
    get route() { return route; },
    /** Shell route changed (hashchange): only the iframe's hash changes, no reload. */
    setRoute(next) {
      const changed = next.token !== route.token;
      route = { ...next };
      if (changed) iframe.src = marketoSrc(o.marketoOrigin, route.token, carry);
    },
    /** The app navigated inside the iframe: remember without touching the iframe. */
    noteRoute(next) { route = { ...next }; },
  };
}
