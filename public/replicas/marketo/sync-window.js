// Steps served: start-data-sync.
// The Action Field Sync preview window (ExtJS 4, modal): a preview of the
// fields that will be synced, "Start Sync" and "Cancel".

import { h } from '../shared/dom.js';
import { openWindow } from './windows.js';

const FIELDS = [
  ['fFirst', 'First Name'], ['fLast', 'Last Name'], ['fEmail', 'Email'], ['fCompany', 'Company'],
  ['fTitle', 'Title'], ['fPhone', 'Phone'], ['fMobile', 'Mobile Phone'], ['fCity', 'City'],
  ['fCountry', 'Country'], ['fOwner', 'Owner'],
];

export function openSyncWindow({ t, ext, ids, parent, onStart, returnFocus }) {
  let win = null;
  const start = ext.btn4(t('startSync'), { primary: true, onClick: () => { win.close(); onStart(); } });
  const cancel = ext.btn4(t('cancel'), { onClick: () => win.close() });
  const grid = h('div', { id: ids.x4('gridpanel'), class: 'x4-grid mkt-field-grid' },
    h('div', { class: 'x4-grid-header-ct' },
      h('div', { class: 'x4-column-header' }, t('winColMarketo')),
      h('div', { class: 'x4-column-header' }, t('winColActions'))),
    h('div', { class: 'x4-grid-view' }, h('table', { class: 'x4-grid-table' }, h('tbody', null,
      FIELDS.map(([key, target], i) => h('tr', { class: ['x4-grid-row', i % 2 && 'x4-grid-row-alt'] },
        h('td', { class: 'x4-grid-cell' }, h('div', { class: 'x4-grid-cell-inner' }, t(key))),
        h('td', { class: 'x4-grid-cell' }, h('div', { class: 'x4-grid-cell-inner' }, target))))))));
  win = openWindow({
    ids, kind: 'x4', title: t('winTitle'), parent, width: 520, z: 19001,
    body: [h('p', { class: 'mkt-card-text' }, t('winText')), grid],
    buttons: [start, cancel],
    onClose: () => returnFocus?.isConnected && returnFocus.focus({ preventScroll: true }),
  });
  return win;
}
