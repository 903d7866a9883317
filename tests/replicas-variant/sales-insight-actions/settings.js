// Settings: the side menu (groups "My Account" and "Admin Settings"; entries are ARIA links without href,
// the current one marked aria-current="page") and the panel of the chosen entry, rendered late.
import { h, later } from '../shared/dom.js';
import { icon, loader } from './kit.js';
import { salesforcePanel } from './salesforce.js';
import { marketoPanel } from './marketo.js';
import { usersPanel } from './users.js';

const ENTRIES = [
  { group: 'me', items: [{ key: 'general', route: 'settings/me/general' }, { key: 'email', route: 'settings/me/email' }] },
  { group: 'org', items: [
    { key: 'users', route: 'settings/org/users', truth: 'sia.admin.user-management' },
    { key: 'teams', route: 'settings/org/teams' },
    { key: 'salesforce', route: 'settings/org/salesforce', truth: 'sia.admin.salesforce' },
    { key: 'marketo', route: 'settings/org/marketo', truth: 'sia.admin.marketo' },
  ] },
];

/** Which entry a route opens ("settings" alone opens General). */
const entryOf = (route) => ENTRIES.flatMap((g) => g.items).find((i) => route === i.route || route.startsWith(`${i.route}/`)) ?? ENTRIES[0].items[0];

function sideMenu(ctx, current) {
  const { t, go } = ctx;
  const groups = ENTRIES.map(({ group, items }) => [
    h('h3', { class: 'Group_4d' }, t.sideNav[group]),
    h('ul', { role: 'list' }, items.map((item) => h('li', { class: `Item_1c${item === current ? ' is-selected' : ''}` },
      h('span', {
        role: 'link', tabindex: '0', 'aria-current': item === current ? 'page' : null, 'data-truth': item.truth,
        onclick: () => go(item.route), onkeydown: (e) => e.key === 'Enter' && go(item.route),
      }, icon('dot'), h('span', { class: 'ItemText_0p' }, t.sideNav[item.key]))))),
  ]);
  return h('div', { class: 'SideMenu_8r', role: 'navigation', 'aria-label': t.sideNav.label }, groups);
}

function general({ t }) {
  return [h('h1', {}, t.general.title), h('div', { class: 'Card_2w' }, h('h2', {}, t.general.login), h('p', {}, `${t.general.login}: ${t.general.sfOnly}`))];
}

const noPrivileges = ({ t }) => [h('div', { class: 'Callout--error_5', role: 'alert' }, h('strong', {}, t.noPrivileges), h('p', {}, t.noPrivilegesHint))];

/** Renders Settings for `route` into `host`. */
export async function settingsPage(ctx, host, route) {
  const current = entryOf(route);
  const panel = h('div', { class: 'Panel_7u' });
  host.append(h('div', { class: 'SettingsLayout_2b' }, sideMenu(ctx, current), panel));
  const unmask = loader(panel, ctx.t.loading);
  await later(ctx.delay);
  if (!panel.isConnected) return;
  unmask();
  const admin = current.key === 'salesforce' || current.key === 'marketo' || current.key === 'users';
  if (admin && ctx.scen.has('no-privileges')) return panel.append(...noPrivileges(ctx));
  if (current.key === 'salesforce') return salesforcePanel(ctx, panel);
  if (current.key === 'marketo') return marketoPanel(ctx, panel);
  if (current.key === 'users') return usersPanel(ctx, panel);
  panel.append(...(current.key === 'general' ? general(ctx) : [h('h1', {}, ctx.t.sideNav[current.key])]));
}
