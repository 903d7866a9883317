// mountLightning(root, o): the Lightning Experience shell on *.lightning.force.com.
// Lightning is a single-page app: clicking a /lightning/ link changes the URL
// with pushState and re-renders the content (no page load), so the extension
// must notice URL changes without reloads. Content renders late (o.delay).

import { h } from '../shared/dom.js';
import { createIdGen } from '../shared/ids.js';
import { makeT } from '../shared/lang.js';
import { createScope } from '../shared/timing.js';
import { LIGHTNING_STRINGS } from './strings-lightning.js';
import { globalHeader, contextBar } from './lightning-nav.js';
import { setupTree } from './setup-tree.js';
import { setupPage, salesPage, CLASSIC_PAGES } from './lightning-pages.js';
import { serveFrameStorage } from '../shared/frame-storage.js';
import { addressOf, frameSrc as placeFrameSrc, here, hostStorage, pushAddress, realOrigin, replaceAddress } from '../shared/place.js';
import { PREFIX, addressWith, hrefWith, takeFrameReset, orgHosts } from './sf-options.js';

/** Which app and page a Lightning path shows. */
export function parseRoute(pathname, search) {
  let m = pathname.match(/^\/lightning\/setup\/([A-Za-z]+)\/(home|page)\/?$/);
  if (m) return { app: 'setup', node: m[1], address: m[2] === 'page' ? new URLSearchParams(search).get('address') : null };
  m = pathname.match(/^\/lightning\/n\/([A-Za-z0-9_]+)\/?$/);
  if (m) return { app: 'sales', tab: m[1] };
  m = pathname.match(/^\/lightning\/o\/([A-Za-z0-9_]+)\//);
  if (m) return { app: 'sales', object: m[1] };
  return { app: 'sales', home: true };
}

/**
 * @param {HTMLElement} root
 * @param {object} o  { lang, delay, msiTab, onTitle(title) }
 */
export function mountLightning(root, o) {
  const t = makeT(LIGHTNING_STRINGS, o.lang);
  const ids = createIdGen();
  const hosts = orgHosts();
  const href = (path) => hrefWith(path);
  /** An iframe address on another org host; Lightning adds isdtp=p1 and its own origin. */
  const frameSrc = (kind, address) => {
    const url = new URL(address, `https://${hosts[kind]}`);
    const extra = { isdtp: 'p1', sfdcIFrameOrigin: here().origin, reset: takeFrameReset(kind) ? '1' : null };
    return placeFrameSrc(addressWith(url.href, extra));
  };
  const ctx = { t, href, frameSrc };

  let app = null;
  let bar = null;
  let tree = null;
  let main = null;
  let scope = createScope();
  let frame = null;

  function buildShell(nextApp) {
    bar?.destroy();
    app = nextApp;
    bar = contextBar({ t, app, msiTab: o.msiTab, href });
    tree = app === 'setup' ? setupTree({ t, ids, href: (node) => href(`/lightning/setup/${node}/home`) }) : null;
    main = h('main', { class: app === 'setup' ? 'setup-content' : 'sales-content', id: 'sf-main' });
    const treeCol = tree ? h('div', { class: 'setup-tree-col', hidden: true }, tree.el) : null;
    root.replaceChildren(h('div', { class: ['sf-app', `sf-app-${app}`] },
      globalHeader({ t, ids, app, href }),
      bar.el,
      h('div', { class: 'slds-brand-band', 'aria-hidden': 'true' }),
      h('div', { class: app === 'setup' ? 'setup-layout' : 'sales-layout' }, treeCol, main)));
  }

  function render() {
    const { pathname, search } = here();
    const route = parseRoute(pathname, search);
    if (route.app !== app) buildShell(route.app);
    scope.dispose();
    scope = createScope();
    frame = null;
    main.replaceChildren(h('div', { class: 'slds-spinner_container' },
      h('div', { class: 'slds-spinner', role: 'status' }, h('span', { class: 'slds-assistive-text', text: t('loading') }))));
    const page = route.app === 'setup' ? setupPage(ctx, route) : salesPage(ctx, route);
    bar.setActive(route.app === 'setup' ? (route.node === 'SetupOneHome' ? 'home' : route.node) : page.tab);
    o.onTitle(t('docTitle', { page: page.title }));
    scope.later(o.delay, () => {
      // The Setup tree and the page content appear late, like Lightning's components.
      if (tree) { tree.el.parentElement.hidden = false; tree.setCurrent(route.node); }
      frame = page.frame ?? null;
      main.replaceChildren(...page.el);
    });
  }

  // In-app navigation: same-origin /lightning/ links, no modifier keys, no target.
  root.addEventListener('click', (e) => {
    const a = e.target.closest?.('a[href]');
    if (!a || a.target || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = addressOf(a.href);
    const current = here();
    if (!url || url.origin !== current.origin || !url.pathname.startsWith('/lightning/')) return;
    e.preventDefault();
    if (`${url.pathname}${url.search}` === `${current.pathname}${current.search}`) return;
    pushAddress(`${url.pathname}${url.search}`);
    render();
  });
  window.addEventListener('popstate', render);

  // The classic page in the Setup iframe reports where it went (New, Save, Cancel);
  // like Lightning, mirror that in this frame's URL (…/page?address=…) without reloading.
  window.addEventListener('message', (e) => {
    if (e.origin !== realOrigin(`https://${hosts.setup}`) || !frame || e.source !== frame.contentWindow) return;
    const address = e.data?.type === 'sf-replica:address' ? e.data.address : null;
    const current = here();
    const route = parseRoute(current.pathname, current.search);
    if (typeof address !== 'string' || route.app !== 'setup' || !CLASSIC_PAGES[route.node]) return;
    const home = new URL(address, current.origin).pathname === CLASSIC_PAGES[route.node];
    const next = home ? `/lightning/setup/${route.node}/home` : `/lightning/setup/${route.node}/page?address=${encodeURIComponent(address)}`;
    replaceAddress(addressWith(next), null);
  });

  // The Setup iframe is cross-site and has no localStorage of its own: keep its state here.
  serveFrameStorage({ storage: hostStorage(), allow: (origin) => origin === `https://${hosts.setup}`, prefix: `${PREFIX}frame.` });

  render();
  return { render };
}
