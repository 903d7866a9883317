// The Marketo Engage frame around every page: the main navigation (ExtJS 4.1 toolbar), the Admin tree
// (ExtJS 3) and the canvas (an ExtJS 3 TabPanel whose tab carries the page title).
import { h, NBSP } from '../shared/dom.js';
import { extComp, extGen, x4Id } from '../shared/ids.js';
import { ext3TabStrip, ext3Tree } from './ext3.js';
import { x41Button } from './ext4.js';

/** Icon-font glyphs (private use area) sit inside some labels, as Marketo's icon font renders them. */
export const glyph = (code, hidden = true) => h('span', { class: 'mkt-glyph', 'aria-hidden': hidden ? 'true' : null }, code);

const NAV = [
  { key: 'home', icon: '\ue600' },
  { key: 'marketing', icon: '\ue601' },
  { key: 'database', icon: '\ue602' },
  { key: 'analytics', icon: '\ue603' },
  { key: 'admin', icon: '\ue604' },
];

/**
 * The top bar: app logo (page furniture), the main navigation buttons, and the user menu (its label is the
 * signed-in user's name, "Marketo Admin", which contains "Admin": a near miss for the Admin button).
 */
export function mainNav({ t, active, onNav, embedded }) {
  const buttons = NAV.map(({ key, icon }) => {
    const button = x41Button({
      label: [glyph(icon, key !== 'admin'), NBSP, t.nav[key]],
      cls: `mktNavButton mktNav-${key}${key === active ? ' x4-pressed x4-btn-pressed' : ''}`,
      onClick: () => onNav(key),
    });
    // Test oracle (not a locator): the element the guide must point at for this target.
    if (key === 'admin') button.dataset.truth = 'marketo.admin-nav';
    return h('div', { class: 'x4-container x4-box-item' }, button);
  });
  const user = x41Button({ label: ['Marketo Admin', NBSP, glyph('\ue60f')], cls: 'mktUserMenu' });
  return h('div', { id: x4Id('toolbar'), class: 'x4-toolbar x4-toolbar-default mkt-nav-strip x4-docked-top' },
    h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' },
      embedded ? null : h('div', { class: 'mkt-app-logo', title: t.appName }, h('span', { class: 'mkt-app-logo-mark' }, 'M'), h('span', {}, t.appName)),
      h('div', { class: 'mktNavButtons' }, buttons),
      h('div', { class: 'mktNavSpacer' }),
      user)));
}

/** The Admin tree's nodes, each with the iconCls Marketo gives it; `token` where the node opens a page. */
export function adminTreeNodes(t) {
  const TRUTH = { salesInsight: 'marketo.admin-tree.sales-insight', salesforce: 'marketo.admin-tree.salesforce' };
  const leaf = (key, icon, token) => ({ key, text: t.tree[key], iconCls: icon, token, truth: TRUTH[key] });
  return [
    leaf('myAccount', 'mkiAdminMyAccount', 'MA0A1'),
    leaf('location', 'mkiAdminLocation', 'LC0A1'),
    leaf('smartCampaign', 'mkiAdminSmartCampaign', 'SM0A1'),
    leaf('tags', 'mkiAdminTags', 'TG0A1'),
    leaf('fieldManagement', 'mkiAdminFields', 'FM0A1'),
    { key: 'userGroup', text: t.tree.userGroup, iconCls: 'mkiFolder', children: [leaf('users', 'mkiAdminUsers', 'UR0A1'), leaf('sso', 'mkiAdminSso', 'SO0A1')] },
    {
      key: 'integration', text: t.tree.integration, iconCls: 'mkiFolder', children: [
        leaf('sfdcObjects', 'mkiAdminSfdcObjects', 'SO0B1'),
        leaf('salesforce', 'mkiAdminSalesforce', 'SF0A1'),
        leaf('salesInsight', 'mkiAdminSalesInsight', 'SC0A1'),
        leaf('emailAddIn', 'mkiAdminEmailAddIn', 'EI0A1'),
        leaf('webServices', 'mkiAdminWebServices', 'MW0A1'),
        leaf('launchPoint', 'mkiAdminLaunchPoint', 'LP0A1'),
        leaf('munchkin', 'mkiAdminMunchkin', 'MK0A1'),
      ],
    },
  ];
}

/** Every leaf of the Admin tree by token. */
export function adminLeaves(t) {
  return adminTreeNodes(t).flatMap((node) => node.children ?? [node]);
}

/** The Admin tree in the west region, the node for `token` selected. */
export function adminTree({ t, token, onOpen }) {
  const nodes = adminTreeNodes(t);
  const selected = adminLeaves(t).find((leaf) => leaf.token === token)?.key;
  const tree = ext3Tree({ nodes, selected, onSelect: (key) => onOpen(adminLeaves(t).find((leaf) => leaf.key === key).token) });
  return h('div', { class: 'x-panel x-border-panel mktAdminWest', id: extComp() },
    h('div', { class: 'x-panel-header x-unselectable', id: extGen() }, h('span', { class: 'x-panel-header-text' }, t.tree.root)),
    h('div', { class: 'x-panel-bwrap' }, h('div', { class: 'x-panel-body mktAdminTree' }, tree)));
}

/** The canvas: an ExtJS 3 TabPanel with one tab titled `title`; returns { el, body }. */
export function canvas(title) {
  const body = h('div', { class: 'x-tab-panel-body x-tab-panel-body-top', id: extGen() });
  const el = h('div', { class: 'x-tab-panel mktCanvas x-border-panel', id: extComp() },
    ext3TabStrip({ titles: [title] }), h('div', { class: 'x-tab-panel-bwrap', id: extGen() }, body));
  return { el, body };
}
