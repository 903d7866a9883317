// Lightning chrome: the global header (logo, search, help, Setup gear, avatar)
// and the app's navigation bar. The Sales app's bar uses Lightning's own item
// element (one-app-nav-bar-item-root); with msitab=more the package tab hides
// under "More", the way Lightning overflows tabs that do not fit.

import { h } from '../shared/dom.js';

export const MSI_TAB_PATH = '/lightning/n/mkto_si__Marketo_Sales_Insight_Config';
export const SETUP_HOME_PATH = '/lightning/setup/SetupOneHome/home';

const icon = (name) => h('span', { class: `sf-icon sf-icon-${name}`, 'aria-hidden': 'true' });

export function globalHeader({ t, ids, app, href }) {
  const searchId = ids.x4('input');
  const label = app === 'setup' ? t('searchSetup') : t('searchAll');
  return h('header', { class: 'slds-global-header_container' },
    h('div', { class: 'slds-global-header' },
      h('div', { class: 'slds-global-header__item' },
        h('div', { class: 'slds-global-header__logo', role: 'img', 'aria-label': 'Salesforce' })),
      h('div', { class: 'slds-global-header__item slds-global-header__item_search', role: 'search' },
        h('label', { class: 'slds-assistive-text', for: searchId, text: label }),
        h('div', { class: 'slds-input-has-icon' }, icon('search'),
          h('input', { type: 'search', id: searchId, class: 'slds-input global-search', placeholder: label, autocomplete: 'off' }))),
      h('ul', { class: 'slds-global-actions' },
        h('li', { class: 'slds-global-actions__item' },
          h('button', { type: 'button', class: 'slds-button slds-global-actions__help', 'aria-label': t('help'), title: t('help') }, icon('help'))),
        h('li', { class: 'slds-global-actions__item' },
          h('a', { class: 'slds-global-actions__setup', href: href(SETUP_HOME_PATH), 'aria-label': t('setupGear'), title: t('setupGear') }, icon('gear'))),
        h('li', { class: 'slds-global-actions__item' },
          h('button', { type: 'button', class: 'slds-button slds-global-actions__avatar', 'aria-label': t('profile'), title: t('profile') },
            h('span', { class: 'slds-avatar', 'aria-hidden': 'true', text: 'AB' }))))));
}

function salesItems(t) {
  return [
    { key: 'home', label: t('tabHome'), path: '/lightning/page/home' },
    { key: 'Opportunity', label: t('tabOpportunities'), path: '/lightning/o/Opportunity/home' },
    { key: 'Lead', label: t('tabLeads'), path: '/lightning/o/Lead/home' },
    { key: 'Account', label: t('tabAccounts'), path: '/lightning/o/Account/home' },
    { key: 'Contact', label: t('tabContacts'), path: '/lightning/o/Contact/home' },
    { key: 'msi', label: t('tabMsiConfig'), path: MSI_TAB_PATH },
  ];
}

/**
 * @param {object} o
 * @param {'setup'|'sales'} o.app
 * @param {'bar'|'more'} o.msiTab   where the MSI Config tab shows in the Sales app
 * @param {(path: string) => string} o.href
 * @returns {{ el: HTMLElement, setActive(key: string|null): void, destroy(): void }}
 */
export function contextBar({ t, app, msiTab, href }) {
  const setupItems = [
    { key: 'home', label: t('tabHome'), path: SETUP_HOME_PATH },
    { key: 'ObjectManager', label: t('tabObjectManager'), path: '/lightning/setup/ObjectManager/home' },
  ];
  const all = app === 'setup' ? setupItems : salesItems(t);
  const inBar = all.filter((it) => !(it.key === 'msi' && msiTab === 'more'));
  const inMore = all.filter((it) => it.key === 'msi' && msiTab === 'more');
  const links = new Map();
  const listeners = new AbortController(); // document listeners die with this bar

  const item = (it) => {
    const a = h('a', { class: 'slds-context-bar__label-action', href: href(it.path), title: it.label }, h('span', { class: 'slds-truncate', text: it.label }));
    links.set(it.key, a);
    // Lightning's Sales nav renders custom elements; Setup's simpler bar plain list items.
    const tag = app === 'sales' ? 'one-app-nav-bar-item-root' : 'div';
    return h(tag, { class: 'navItem slds-context-bar__item', role: 'listitem', 'data-id': it.key }, a);
  };

  let more = null;
  if (inMore.length) {
    const menuId = 'more-menu';
    const menu = h('div', { id: menuId, class: 'slds-dropdown slds-dropdown_right', role: 'menu', hidden: true },
      inMore.map((it) => {
        const a = h('a', { role: 'menuitem', href: href(it.path), class: 'slds-dropdown__item' }, h('span', { class: 'slds-truncate', text: it.label }));
        links.set(it.key, a);
        return a;
      }));
    const btn = h('button', { type: 'button', class: 'slds-context-bar__label-action slds-button more-trigger', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'aria-controls': menuId },
      h('span', { class: 'slds-truncate', text: t('more') }), h('span', { class: 'sf-icon sf-icon-down', 'aria-hidden': 'true' }));
    const setOpen = (open) => { menu.hidden = !open; btn.setAttribute('aria-expanded', String(open)); };
    btn.addEventListener('click', (e) => { e.stopPropagation(); setOpen(menu.hidden); });
    document.addEventListener('click', (e) => { if (!more.contains(e.target)) setOpen(false); }, { signal: listeners.signal });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') setOpen(false); }, { signal: listeners.signal });
    menu.addEventListener('click', () => setOpen(false));
    more = h('div', { class: 'slds-context-bar__item slds-dropdown-trigger', role: 'listitem' }, btn, menu);
  }

  const el = h('nav', { class: ['slds-context-bar', `app-${app}`], 'aria-label': t('navGlobal') },
    h('div', { class: 'slds-context-bar__primary' },
      h('a', { class: 'slds-context-bar__app-launcher', href: href('/lightning/page/home'), 'aria-label': t('appLauncher'), title: t('appLauncher') },
        h('span', { class: 'sf-waffle', 'aria-hidden': 'true' }, Array.from({ length: 9 }, () => h('span')))),
      h('span', { class: 'slds-context-bar__app-name', text: app === 'setup' ? t('appSetup') : t('appSales') })),
    h('div', { class: 'slds-context-bar__secondary', role: 'list' }, inBar.map(item), more));

  return {
    el,
    destroy: () => listeners.abort(),
    setActive(key) {
      for (const [k, a] of links) {
        a.closest('.slds-context-bar__item')?.classList.toggle('slds-is-active', k === key);
        if (k === key) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
      }
    },
  };
}
