// mountMarketo(root, options): the Marketo Engage classic-UI replica.
// Rendering only: reading the URL, storage and postMessage live in main.js so
// the offline practice sandbox can mount the same app with its own options.

import { h } from '../shared/dom.js';
import { createIdGen } from '../shared/ids.js';
import { makeT } from '../shared/lang.js';
import { createScope } from '../shared/timing.js';
import { STRINGS } from './strings.js';
import { ROUTES, ADMIN_TREE, DEFAULT_TOKEN } from './routes.js';
import { createExt } from './ext.js';
import { treePanel } from './tree.js';
import { tabPanel3 } from './tabs.js';
import { PAGES } from './pages/index.js';
import { openHostModal } from './host-modal.js';

/**
 * @param {HTMLElement} root
 * @param {object} o
 * @param {'en'|'de'} [o.lang]
 * @param {number} [o.delay]          ms before a canvas panel renders (load mask meanwhile)
 * @param {object} o.store            from createStore()
 * @param {string} [o.token]          initial route token
 * @param {boolean} [o.embedded]      inside experience.adobe.com: no Marketo header
 * @param {boolean} [o.modal]         open the unrelated "Session notice" host modal
 * @param {string} [o.munchkinId]
 * @param {{actionsConfig?: boolean, sfSync?: boolean}} [o.features]
 * @param {string} [o.siTab]          'actions' opens Sales Insight on the Actions Config tab
 * @param {(token: string) => void} [o.onRoute]  user navigated inside the app
 * @param {(title: string) => void} [o.onTitle]  document title changed
 * @param {HTMLElement} [o.floatParent]          where windows/masks go (default: document.body)
 */
export function mountMarketo(root, o) {
  const opts = {
    lang: 'en', delay: 800, embedded: false, modal: false, munchkinId: '123-ABC-456', siTab: null,
    floatParent: root.ownerDocument.body, onRoute: () => {}, onTitle: () => {}, ...o,
    features: { actionsConfig: true, sfSync: true, ...o.features },
  };
  const ids = createIdGen();
  const t = makeT(STRINGS, opts.lang);
  const ext = createExt(ids);
  let token = null;
  let area = null;
  let tree = null;
  let pageScope = createScope();

  const navButtons = new Map();
  const navItem = (key, target) => {
    const b = ext.btn3(t(key), { cls: 'mkt-nav-btn', onClick: target ? () => go(target) : undefined });
    navButtons.set(key, b);
    return b;
  };
  const header = opts.embedded ? null : h('div', { id: ids.comp(), class: 'mkt-header' },
    h('div', { class: 'mkt-app-logo', id: ids.gen(), title: 'Marketo' }, h('span', { class: 'mkt-logo-mark' }), 'Marketo'),
    h('div', { class: 'mkt-main-nav', id: ids.comp() },
      navItem('navMyMarketo'), navItem('navMarketing', 'ML0A1'), navItem('navDesign'),
      navItem('navDatabase'), navItem('navAnalytics'), navItem('navAdmin', 'AD0A1')),
    h('div', { class: 'mkt-header-right' }, h('span', { class: 'mkt-user' }, 'Anna Becker'), h('a', { href: '#', class: 'mkt-help', onclick: (e) => e.preventDefault() }, t('helpLink'))));
  const west = h('div', { id: ids.comp(), class: 'mkt-west' });
  const center = h('div', { id: ids.comp(), class: 'mkt-center' });
  const app = h('div', { id: ids.comp(), class: ['mkt-app', 'x-viewport', opts.embedded && 'mkt-embedded'], lang: opts.lang },
    header, h('div', { class: 'mkt-main' }, west, center));
  root.replaceChildren(app);

  // ExtJS sizes panels with explicit pixel heights; we do the same for the
  // canvas body so it is a fixed-height scroll container, not the document.
  let canvasBody = null;
  const fit = () => {
    if (!canvasBody) return;
    const bottom = root.getBoundingClientRect().bottom || window.innerHeight;
    canvasBody.style.height = `${Math.max(120, Math.floor(bottom - canvasBody.getBoundingClientRect().top - 4))}px`;
  };
  window.addEventListener('resize', fit);

  function buildTree(newArea) {
    if (newArea === 'admin') {
      tree = treePanel(ids, t('treeAdmin'), ADMIN_TREE.map((tok) => ({ key: tok, label: t(ROUTES[tok].node) })), go);
    } else {
      const programs = ['mlProgramWebinar', 'mlProgramNewsletter', 'mlProgramNurture'];
      tree = treePanel(ids, t('treeMarketing'), programs.map((k) => ({ key: k, label: t(k), icon: 'program' })),
        (key) => tree.select(key));
    }
    west.replaceChildren(tree.el);
  }

  /** User navigation (tree node, nav button): tell the host, then render. */
  function go(next) {
    if (next === token) return;
    opts.onRoute(next);
    navigate(next);
  }

  /** Render a route. Called by go() and by the host on hashchange. */
  function navigate(next) {
    const tok = ROUTES[next] ? next : DEFAULT_TOKEN;
    if (tok === token) return;
    token = tok;
    const route = ROUTES[tok];
    if (route.area !== area) { area = route.area; buildTree(area); }
    tree.select(tok);
    navButtons.forEach((b, key) => b.classList.toggle('x-btn-pressed', key === (area === 'admin' ? 'navAdmin' : 'navMarketing')));
    opts.onTitle(t(area === 'admin' ? 'docTitleAdmin' : 'docTitleMarketing'));

    // Marketo rebuilds the canvas on every navigation: new elements, new ids.
    pageScope.dispose();
    pageScope = createScope();
    const tabs = [{ title: t(route.titleKey), active: true }];
    const canvas = tabPanel3(ids, tabs);
    canvasBody = canvas.body;
    center.replaceChildren(canvas.el);
    fit();
    const unmask = ext.mask(canvas.body, t('loading'));
    const scope = pageScope;
    scope.later(opts.delay, () => {
      unmask();
      const ctx = { t, ext, ids, opts, scope, store: opts.store, lang: opts.lang };
      canvas.body.append(PAGES[route.page](ctx));
    });
  }

  const modal = opts.modal ? openHostModal({ ids, ext, t, parent: opts.floatParent }) : null;
  navigate(opts.token ?? DEFAULT_TOKEN);

  return {
    navigate,
    get token() { return token; },
    destroy() {
      pageScope.dispose();
      modal?.close();
      window.removeEventListener('resize', fit);
      root.replaceChildren();
    },
  };
}
