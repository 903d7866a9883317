// Steps served: invite-users, invite-users-csv.
// Admin Settings › User Management (#settings/admin/user-management).
// Steps 5 and 6: "Actions" menu button › "Invite Users" / "Invite Users via
// CSV". The user table sits in its own scroll container (a nested scroller,
// as in the real app), so overlays must follow scrolling inside the page.

import { h } from '../../shared/dom.js';
import { formatNumber } from '../../shared/lang.js';
import { menuButton, icon, badge } from '../widgets.js';
import { pageHeader } from './simple.js';
import { teamLabel } from '../store.js';
import { openInviteDialog } from './invite-dialog.js';
import { openCsvDialog } from './csv-dialog.js';

function userTable(ctx, search) {
  const { t, ids, store, scope, lang } = ctx;
  const cols = ['colName', 'colEmail', 'colRole', 'colTeam', 'colStatus'];
  const tbody = h('tbody');
  const count = h('p', { class: 'muted user-count' });
  const empty = h('p', { class: 'empty-row', hidden: true }, t('noMatch'));
  const scroller = h('div', { class: 'table-scroll', role: 'region', 'aria-label': t('usersRegion'), tabindex: '0' },
    h('table', { class: 'table', id: ids.x4('grid') },
      h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col' }, t(c))))),
      tbody),
    empty);
  let shown = -1;
  const render = () => {
    const all = store.users();
    const q = search.value.trim().toLowerCase();
    const rows = all.filter((u) => !q || u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q));
    tbody.replaceChildren(...rows.map((u) => h('tr', { 'data-email': u.email },
      h('td', { class: u.name ? null : 'muted' }, u.name || t('pendingName')),
      h('td', null, u.email),
      h('td', null, t(u.role === 'admin' ? 'roleAdmin' : 'roleUser')),
      h('td', null, teamLabel(t, u.team)),
      h('td', null, u.status === 'invited' ? badge(t('statusInvited'), 'invited') : badge(t('statusActive'), 'active')))));
    empty.hidden = rows.length > 0;
    count.textContent = t('userCount', { n: formatNumber(all.length, lang) });
    // New invitations land at the end: scroll them into view inside the table.
    if (shown >= 0 && all.length > shown) scroller.scrollTop = scroller.scrollHeight;
    shown = all.length;
  };
  render();
  search.addEventListener('input', render);
  scope.own(store.subscribe(render));
  return { scroller, count };
}

export const users = {
  title: ({ t }) => t('umTitle'),
  render(ctx) {
    const { t, ids, scope } = ctx;
    const searchId = ids.x4('search');
    const search = h('input', { type: 'search', id: searchId, class: 'input input-search', autocomplete: 'off', placeholder: t('search') });
    const actions = menuButton({
      ids,
      button: h('button', { class: 'btn btn-secondary' }, t('actions'), icon('caret')),
      items: [
        { text: t('invite'), onSelect: () => scope.own(openInviteDialog(ctx, actions.button).close) },
        { text: t('inviteCsv'), onSelect: () => scope.own(openCsvDialog(ctx, actions.button).close) },
      ],
    });
    const table = userTable(ctx, search);
    return h('div', { class: 'page page-users' },
      pageHeader(t('umTitle'), t('umIntro')),
      h('div', { class: 'toolbar' },
        h('div', { class: 'toolbar-left' },
          h('label', { for: searchId, class: 'sr-only' }, t('search')), search, table.count),
        actions.el),
      table.scroller);
  },
};
