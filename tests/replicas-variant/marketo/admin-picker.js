// The admin picker on the Actions Config tab: an ExtJS 4.1 grid with a checkbox selection model
// (div.x4-grid > header container > grid view > table.x4-grid-table > tr.x4-grid-row). No ARIA roles,
// as 4.1 grids rendered them.
import { h, NBSP } from '../shared/dom.js';
import { x4Id } from '../shared/ids.js';

/** The Marketo users with the Admin role, the candidates for the first invite. */
export const MARKETO_ADMINS = [
  { name: 'Marketo Admin', email: 'admin@acme.example' },
  { name: 'Jordan Lee', email: 'jordan.lee@acme.example' },
  { name: 'Priya Raman', email: 'priya.raman@acme.example' },
  { name: 'Tomás Díaz', email: 'tomas.diaz@acme.example' },
];

/**
 * The grid. `statusOf(email)` gives the status column's text; onChange(selectedEmails) on every
 * selection change. Rows already invited cannot be selected again.
 */
export function adminPicker({ t, statusOf, onChange }) {
  const selected = new Set();
  const id = x4Id('gridpanel');
  const column = (text, cls = '') => h('div', { id: x4Id('gridcolumn'), class: `x4-column-header x4-column-header-align-left x4-box-item x4-column-header-default ${cls}`.trim() },
    h('div', { class: 'x4-column-header-inner' }, h('span', { class: 'x4-column-header-text' }, text)));
  const checkAll = column(NBSP, 'x4-column-header-checkbox');
  const rows = MARKETO_ADMINS.map((admin, i) => {
    const invited = Boolean(statusOf(admin.email));
    const row = h('tr', { class: `x4-grid-row${i % 2 ? ' x4-grid-row-alt' : ''}${invited ? ' x4-item-disabled mktsiRowInvited' : ''}` },
      h('td', { class: 'x4-grid-cell x4-grid-cell-row-checker x4-grid-cell-first' }, h('div', { class: 'x4-grid-cell-inner' }, h('div', { class: 'x4-grid-row-checker' }, NBSP))),
      h('td', { class: 'x4-grid-cell' }, h('div', { class: 'x4-grid-cell-inner' }, admin.name)),
      h('td', { class: 'x4-grid-cell' }, h('div', { class: 'x4-grid-cell-inner' }, admin.email)),
      h('td', { class: 'x4-grid-cell x4-grid-cell-last' }, h('div', { class: 'x4-grid-cell-inner mktsiInviteStatus' }, statusOf(admin.email) || NBSP)));
    row.addEventListener('click', () => {
      if (invited) return;
      if (selected.has(admin.email)) selected.delete(admin.email);
      else selected.add(admin.email);
      row.classList.toggle('x4-grid-row-selected', selected.has(admin.email));
      checkAll.classList.toggle('x4-grid-hd-checker-on', selected.size === MARKETO_ADMINS.filter((a) => !statusOf(a.email)).length);
      onChange([...selected]);
    });
    return row;
  });
  checkAll.addEventListener('click', () => {
    const free = rows.filter((row) => !row.classList.contains('x4-item-disabled'));
    const all = free.every((row) => row.classList.contains('x4-grid-row-selected'));
    for (const row of free) if (row.classList.contains('x4-grid-row-selected') === all) row.click();
  });
  return h('div', { id, class: 'x4-panel x4-grid x4-grid-with-row-lines x4-panel-default mktsiAdminGrid' },
    h('div', { id: x4Id('headercontainer'), class: 'x4-grid-header-ct x4-docked x4-grid-header-ct-default x4-docked-top' },
      h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' }, checkAll, column(t.invite.name), column(t.invite.email), column(t.invite.status)))),
    h('div', { id: `${id}-body`, class: 'x4-panel-body x4-grid-body x4-panel-body-default' },
      h('div', { id: x4Id('gridview'), class: 'x4-grid-view x4-fit-item x4-grid-view-default x4-unselectable', tabindex: '-1' },
        h('table', { class: 'x4-grid-table x4-grid-table-resizer', cellpadding: '0', cellspacing: '0', border: '0' }, h('tbody', {}, rows)))));
}
