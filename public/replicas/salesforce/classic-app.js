// mountClassic(root, o): classic Setup pages on *.my.salesforce-setup.com and
// *.my.salesforce.com. Inside Lightning (isdtp=p1) a page is bare content and
// reports its address to the Lightning frame; opened directly it gets the
// classic header, tab bar and Setup sidebar with Quick Find (input#setupSearch).

import { h } from '../shared/dom.js';
import { makeT } from '../shared/lang.js';
import { createScope } from '../shared/timing.js';
import { CLASSIC_STRINGS } from './strings-classic.js';
import { connectFrameStorage } from '../shared/frame-storage.js';
import { go as goTo, here, hostStorage, linkHref, realOrigin } from '../shared/place.js';
import { CARRY, addressWith, hrefWith, orgHosts } from './sf-options.js';
import { createSiteStore, SITES_KEY } from './sf-store.js';
import { pageTitle } from './classic-kit.js';
import { remoteSitesList, remoteSiteEdit } from './classic-remote-sites.js';
import { installedPackages } from './classic-packages.js';
import { MSI_VF_PATH } from './lightning-pages.js';

const LIGHTNING_ORIGIN = /^https:\/\/[a-z0-9-]+\.lightning\.force\.com$/;

function classicHome({ t }) {
  return { title: t('homeTitle'), el: [pageTitle(t, t('homeTitle')), h('p', { class: 'bDescription', text: t('homeIntro') })] };
}

/** Classic chrome for pages opened outside Lightning. */
function classicChrome({ t, link, content }) {
  const hosts = orgHosts();
  const items = [
    { text: t('rsTitle'), href: link('/0rp', { setupid: 'SecurityRemoteProxy' }) },
    { text: t('ipTitle'), href: link('/0A3', { setupid: 'ImportedPackage' }) },
  ].map((it) => ({ ...it, li: h('li', { class: 'setupLeaf' }, h('a', { href: it.href, text: it.text })) }));
  const search = h('input', { type: 'text', id: 'setupSearch', class: 'quickFindInput', placeholder: t('quickFind'), autocomplete: 'off' });
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    for (const it of items) it.li.hidden = Boolean(q) && !it.text.toLowerCase().includes(q);
  });
  const tab = (text, href, cls) => h('li', { class: cls }, h('a', { href, title: text, text }));
  return h('div', { class: 'classicPage' },
    h('header', { id: 'AppBodyHeader', class: 'bPageHeader' },
      h('div', { class: 'phHeader' }, h('span', { class: 'classicLogo', role: 'img', 'aria-label': 'Salesforce' }), h('span', { class: 'phUser', text: 'Anna Becker' }))),
    h('nav', { class: 'tabNavigation', 'aria-label': 'Tabs' },
      h('ul', { id: 'tabBar' },
        tab(t('classicTabHome'), link('/'), 'zen-firstItem'),
        tab(t('classicTabLeads'), '#'),
        tab(t('classicTabMsi'), hrefWith(`https://${hosts.vf}${MSI_VF_PATH}?sfdc.tabName=01r5g000000Xn3K`)),
        h('li', { class: 'allTabsArrow' }, h('a', { href: '#', title: t('allTabs'), 'aria-label': t('allTabs'), text: '+' })))),
    h('div', { id: 'bodyTable', class: 'outer' },
      h('nav', { id: 'sidebarCell', class: 'sidebarCell', 'aria-label': 'Setup' },
        h('div', { class: 'quickFindContainer' }, h('label', { class: 'assistiveText', for: 'setupSearch', text: t('quickFind') }), search),
        h('ul', { class: 'setupNavtree' }, items.map((it) => it.li))),
      h('main', { id: 'bodyCell', class: 'oRight' }, content)));
}

/**
 * @param {HTMLElement} root
 * @param {object} o  { lang, delay, opts (from readOptions), onTitle(title) }
 */
export async function mountClassic(root, o) {
  const { opts } = o;
  const t = makeT(CLASSIC_STRINGS, o.lang);
  const q = here().searchParams;
  // The Lightning page's address origin (in practice mode a virtual one, like every address).
  const frameOrigin = LIGHTNING_ORIGIN.test(q.get('sfdcIFrameOrigin') ?? '') ? q.get('sfdcIFrameOrigin') : null;
  // In-frame navigation keeps the Lightning parameters, so the next page still knows its parent.
  const address = (path, extra = {}) => addressWith(path, { isdtp: opts.embedded ? 'p1' : null, sfdcIFrameOrigin: frameOrigin, ...extra });
  const link = (path, extra) => linkHref(address(path, extra));
  // Third-party frames get no localStorage: then the Lightning parent keeps our state.
  let storage = hostStorage();
  if (!storage && frameOrigin) {
    storage = await connectFrameStorage({ parentOrigin: frameOrigin, keys: [SITES_KEY] });
    if (storage && opts.reset) storage.removeItem(SITES_KEY);
  }
  const go = async (path, extra) => { await storage?.settled?.(); goTo(address(path, extra)); };
  const store = createSiteStore(storage, opts.sites);
  const ctx = { t, lang: o.lang, opts, store, link, go };

  const path = here().pathname.replace(/\/+$/, '') || '/';
  let page;
  if (path === '/0rp/e') page = remoteSiteEdit(ctx, q);
  else if (path === '/0rp') page = remoteSitesList(ctx);
  else if (path === '/0A3') page = installedPackages(ctx);
  else page = classicHome(ctx);
  o.onTitle(`${page.title} ~ Salesforce - Enterprise Edition`);

  if (opts.embedded && frameOrigin && window.parent !== window) {
    const shown = here();
    for (const k of [...CARRY, 'isdtp', 'sfdcIFrameOrigin', 'reset']) shown.searchParams.delete(k);
    window.parent.postMessage({ type: 'sf-replica:address', address: `${shown.pathname}${shown.search}` }, realOrigin(frameOrigin));
  }

  // Classic pages arrive server-rendered; `delay` models a slow response.
  const scope = createScope();
  scope.later(o.delay, () => {
    const content = h('div', { class: 'bodyDiv' }, page.el);
    // A label keeps this main landmark distinct from the Lightning page's own main.
    root.replaceChildren(opts.embedded ? h('main', { id: 'bodyCell', class: 'embedded', 'aria-label': page.title }, content) : classicChrome({ t, link, content }));
  });
  return { destroy: () => scope.dispose() };
}
