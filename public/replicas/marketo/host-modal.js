// `?modal=1`: an unrelated host modal (an ExtJS 3 "Session notice" window over
// a mask) that Marketo sometimes shows. It sits above everything, so it tests
// that the extension's overlay neither hides it nor breaks when it is open.

import { h } from '../shared/dom.js';
import { openWindow } from './windows.js';

export function openHostModal({ ids, ext, t, parent }) {
  let win = null;
  const ok = ext.btn3(t('ok'), { onClick: () => win.close() });
  win = openWindow({
    ids, kind: 'x3', title: t('modalTitle'), parent, width: 420, z: 29003,
    body: h('p', { class: 'mkt-modal-text' }, t('modalText')),
    buttons: ok,
  });
  return win;
}
