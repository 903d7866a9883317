// Steps served: install-msi-package, configure-msi-salesforce (Lightning Setup frames the classic pages).
// Content of the Lightning pages. Setup's classic pages (Remote Site Settings,
// Installed Packages) and the MSI package's Visualforce tab are iframes from
// other org hosts, as in the real Lightning Experience: the Lightning frame only
// draws the header above them.

import { h } from '../shared/dom.js';
import { leafLabelKey } from './setup-tree.js';

/** Classic Setup pages Lightning shows in an iframe from the Setup host. */
export const CLASSIC_PAGES = { SecurityRemoteProxy: '/0rp', ImportedPackage: '/0A3' };
/** Classic addresses this replica can show in that iframe (`page?address=` must be one). */
export const CLASSIC_ADDRESS = /^\/(0rp|0A3)(\/e)?(\?|$)/;
export const MSI_VF_PATH = '/apex/mkto_si__Marketo_Sales_Insight_Config';
/** The MSI Config tab's id (key prefix 01r = custom tab); Lightning passes it to the page. */
const MSI_TAB_ID = '01r5g000000Xn3K';

function setupHeader(t, title) {
  return h('div', { class: 'slds-page-header setup-page-header' },
    h('div', { class: 'slds-media' },
      h('div', { class: 'slds-media__figure' }, h('span', { class: 'setup-header-icon', 'aria-hidden': 'true' })),
      h('div', { class: 'slds-media__body' },
        h('p', { class: 'slds-page-header__name-meta', text: t('eyebrow') }),
        h('h1', { class: 'slds-page-header__title', text: title }))));
}

const card = (title, ...body) => h('article', { class: 'slds-card' },
  h('div', { class: 'slds-card__header' }, h('h2', { class: 'slds-card__header-title', text: title })),
  h('div', { class: 'slds-card__body' }, body));

function setupHome(ctx) {
  const { t, href } = ctx;
  const title = t('setupHome');
  return {
    title,
    el: [setupHeader(t, title),
      h('div', { class: 'setup-home' },
        card(t('homeWelcome'), h('p', { text: t('homeIntro') })),
        card(t('homeRecent'), h('ul', { class: 'slds-list' },
          h('li', null, h('a', { href: href('/lightning/setup/SecurityRemoteProxy/home'), text: t('homeRecent1') })),
          h('li', null, h('a', { href: href('/lightning/setup/ImportedPackage/home'), text: t('homeRecent2') })))))],
  };
}

/**
 * A Setup page. ctx: { t, href, frameSrc(kind, address) }; route: { node, address }.
 * Returns { title, el, frame } — frame is the iframe when the page hosts one.
 */
export function setupPage(ctx, route) {
  const { t, frameSrc } = ctx;
  if (route.node === 'SetupOneHome') return setupHome(ctx);
  const key = leafLabelKey(route.node);
  const title = key ? t(key) : route.node;
  const path = CLASSIC_PAGES[route.node];
  if (!path) return { title, el: [setupHeader(t, title), card(title, h('p', { text: t('notInReplica') }))] };
  const address = route.address && CLASSIC_ADDRESS.test(route.address) && route.address.startsWith(path)
    ? route.address : `${path}?setupid=${route.node}`;
  const frame = h('iframe', { class: 'setup-frame', name: `vfFrameId_${Date.now()}`, title: t('frameTitle', { page: title }), src: frameSrc('setup', address) });
  // Lightning's wrapper element for classic ("Aloha") pages.
  return { title, frame, el: [setupHeader(t, title), h('force-aloha-page', { class: 'setup-aloha' }, frame)] };
}

/** A page of the Sales app. route: { home } | { tab } | { object }. */
export function salesPage(ctx, route) {
  const { t, frameSrc } = ctx;
  if (route.tab === 'mkto_si__Marketo_Sales_Insight_Config') {
    const title = t('tabMsiConfig');
    const frame = h('iframe', { class: 'vf-frame', title, src: frameSrc('vf', `${MSI_VF_PATH}?sfdc.tabName=${MSI_TAB_ID}`) });
    return { title, tab: 'msi', frame, el: [h('h1', { class: 'slds-assistive-text', text: title }), h('div', { class: 'vf-tab' }, frame)] };
  }
  if (route.object || route.tab) {
    const title = route.object ?? route.tab;
    return { title, tab: route.object ?? null, el: [h('div', { class: 'slds-page-header' }, h('h1', { class: 'slds-page-header__title', text: title })), card(title, h('p', { text: t('notInReplica') }))] };
  }
  const title = t('salesHome');
  return {
    title,
    tab: 'home',
    el: [h('h1', { class: 'slds-assistive-text', text: title }),
      h('div', { class: 'sales-home' },
        card(t('salesWelcome'), h('p', { text: t('salesIntro') })),
        card(t('salesCardPerf'), h('p', { text: t('salesClosed') })),
        card(t('salesCardTasks'), h('p', { text: t('salesNoTasks') })))],
  };
}
