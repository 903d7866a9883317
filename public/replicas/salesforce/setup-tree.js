// Steps served: install-msi-package, configure-msi-salesforce (Quick Find).
// The Lightning Setup navigation tree with its Quick Find box.
// Typing filters the tree the way Setup does: a leaf stays when its label
// contains the text, a group stays whole when its own label does, and every
// branch that keeps a match is expanded; the matched text is highlighted.

import { h } from '../shared/dom.js';

/** Sections › groups › leaves. A leaf is [labelKey, Setup node name]; groups nest. */
export const SETUP_TREE = [
  { key: 'secAdministration', items: [
    { key: 'nUsersGroup', items: [['nUsers', 'ManageUsers'], ['nProfiles', 'EnhancedProfiles'], ['nPermSets', 'PermSets']] },
    { key: 'nData', items: [['nImport', 'DataManagementDataImporter']] },
    { key: 'nEmail', items: [['nDeliverability', 'OrgEmailSettings']] },
  ] },
  { key: 'secPlatform', items: [
    { key: 'nApps', items: [['nAppManager', 'NavigationMenus'], { key: 'nPackaging', items: [['nInstalled', 'ImportedPackage'], ['nPackageUsage', 'PackageUsageSummary']] }] },
    { key: 'nObjects', items: [['nObjectManager', 'ObjectManager']] },
    { key: 'nCode', items: [['nApex', 'ApexClasses'], ['nVfPages', 'ApexPages']] },
  ] },
  { key: 'secSettings', items: [
    { key: 'nCompany', items: [['nCompanyInfo', 'CompanyProfileInfo'], ['nMyDomain', 'OrgDomain']] },
    { key: 'nSecurity', items: [['nRemoteSites', 'SecurityRemoteProxy'], ['nSession', 'SecuritySession'], ['nCsp', 'SecurityCspTrustedSite']] },
  ] },
];

/** Label key of a Setup node, or null when the tree does not list it. */
export function leafLabelKey(node, items = SETUP_TREE) {
  for (const it of items) {
    if (Array.isArray(it)) { if (it[1] === node) return it[0]; } else {
      const found = leafLabelKey(node, it.items);
      if (found) return found;
    }
  }
  return null;
}

/** Put `text` into `el`, wrapping the first case-insensitive match of `q` in <mark>. */
function paint(el, text, q) {
  const i = q ? text.toLowerCase().indexOf(q) : -1;
  if (i < 0) { el.textContent = text; return; }
  el.replaceChildren(text.slice(0, i), h('mark', { text: text.slice(i, i + q.length) }), text.slice(i + q.length));
}

/**
 * @param {object} o
 * @param {(key: string) => string} o.t
 * @param {{ x4: (xtype: string) => string }} o.ids   generated element ids
 * @param {(node: string) => string} o.href           URL of a Setup node's page
 */
export function setupTree({ t, ids, href }) {
  const inputId = ids.x4('input');
  const input = h('input', { type: 'search', id: inputId, class: 'filter-box slds-input', placeholder: t('quickFind'), autocomplete: 'off' });
  const empty = h('p', { class: 'tree-empty', hidden: true, text: t('noMatches') });
  const nodes = []; // flat model, parents before children
  const expanded = new Set();
  let current = null;

  const build = (item, depth, parent) => {
    if (Array.isArray(item)) {
      const label = h('span', { class: 'tree-label' });
      const a = h('a', { class: 'tree-leaf', href: href(item[1]), style: { paddingLeft: `${12 + depth * 14}px` } }, label);
      const n = { kind: 'leaf', text: t(item[0]), node: item[1], label, a, parent, li: h('li', { class: 'tree-node' }, a) };
      nodes.push(n);
      return n.li;
    }
    const listId = ids.x4('tree-group');
    const label = h('span', { class: 'tree-label' });
    const btn = h('button', { type: 'button', class: 'tree-toggle', 'aria-expanded': 'false', 'aria-controls': listId, style: { paddingLeft: `${8 + depth * 14}px` } },
      h('span', { class: 'tree-chevron', 'aria-hidden': 'true' }), label);
    const n = { kind: 'group', key: item.key, text: t(item.key), label, btn, parent, list: null, li: null };
    nodes.push(n);
    n.list = h('ul', { id: listId, class: 'tree-group', hidden: true }, item.items.map((c) => build(c, depth + 1, n)));
    n.li = h('li', { class: 'tree-node' }, btn, n.list);
    btn.addEventListener('click', () => {
      if (expanded.has(n.key)) expanded.delete(n.key); else expanded.add(n.key);
      update();
    });
    return n.li;
  };
  const sections = SETUP_TREE.map((s) => h('li', { class: 'tree-section' },
    h('div', { class: 'tree-section-title', text: t(s.key) }),
    h('ul', { class: 'tree-section-items' }, s.items.map((it) => build(it, 0, null)))));

  const ancestors = (n) => { const out = []; for (let p = n.parent; p; p = p.parent) out.push(p); return out; };

  function update() {
    const q = input.value.trim().toLowerCase();
    const show = new Map(); // node → visible
    for (const n of nodes) {
      const own = n.text.toLowerCase().includes(q);
      const viaGroup = ancestors(n).some((p) => p.text.toLowerCase().includes(q));
      show.set(n, !q || own || viaGroup);
    }
    // A group with a visible descendant stays visible too (walk children before parents).
    for (const n of [...nodes].reverse()) if (show.get(n) && n.parent) show.set(n.parent, true);
    for (const n of nodes) {
      n.li.hidden = !show.get(n);
      paint(n.label, n.text, q);
      if (n.kind === 'group') {
        const open = q ? show.get(n) : expanded.has(n.key) || (current && ancestors(current).includes(n));
        n.btn.setAttribute('aria-expanded', String(Boolean(open)));
        n.list.hidden = !open;
      } else if (n === current) n.a.setAttribute('aria-current', 'page');
      else n.a.removeAttribute('aria-current');
    }
    for (const sec of sections) sec.hidden = ![...sec.querySelectorAll(':scope > ul > li')].some((li) => !li.hidden);
    empty.hidden = !q || nodes.some((n) => n.kind === 'leaf' && show.get(n));
  }
  input.addEventListener('input', update);

  const el = h('div', { class: 'onesetupSetupNavTree' },
    h('nav', { class: 'setup-nav', 'aria-label': t('navSetup') },
      h('div', { class: 'tree-filter slds-form-element' },
        h('label', { class: 'slds-assistive-text', for: inputId, text: t('quickFind') }),
        h('div', { class: 'slds-input-has-icon' }, h('span', { class: 'sf-icon sf-icon-search', 'aria-hidden': 'true' }), input)),
      h('ul', { class: 'setup-tree' }, sections),
      empty));
  update();

  return {
    el,
    input,
    /** Mark the Setup node being shown (expands its branch when not filtering). */
    setCurrent(node) { current = nodes.find((n) => n.kind === 'leaf' && n.node === node) ?? null; update(); },
  };
}
