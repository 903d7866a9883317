// Floating windows. ExtJS renders windows and their modal masks straight into
// <body>, outside the canvas, with high z-indexes — the extension's overlay
// has to cope with both: the ExtJS 4 window (z-index 19001 over an x4-mask at
// 19000) and the ExtJS 3 host window (z-index 29003 over an ext-el-mask at 29002).

import { h } from '../shared/dom.js';

// Open windows, newest last: Escape closes only the topmost one.
const stack = [];

function place(win, parent, width) {
  const doc = parent.ownerDocument;
  const vw = doc.documentElement.clientWidth;
  const vh = doc.documentElement.clientHeight;
  win.style.width = `${width}px`;
  win.style.left = `${Math.max(0, Math.round((vw - width) / 2))}px`;
  win.style.top = `${Math.max(0, Math.round((vh - win.offsetHeight) / 3))}px`;
}

/** Generic closable window; `kind` 'x4' (ExtJS 4) or 'x3' (ExtJS 3). */
export function openWindow({ ids, kind, title, body, buttons, parent, width = 480, z, onClose }) {
  const p = kind === 'x4' ? 'x4-' : 'x-';
  const mask = kind === 'x4'
    ? h('div', { id: ids.gen(), class: 'x4-mask mkt-modal-mask', style: { zIndex: String(z - 1) } })
    : h('div', { id: ids.gen(), class: 'ext-el-mask mkt-modal-mask', style: { zIndex: String(z - 1) } });
  const close = () => {
    if (!win.isConnected) return;
    win.remove();
    mask.remove();
    stack.splice(stack.indexOf(win), 1);
    parent.classList?.remove('x-body-masked');
    parent.ownerDocument.removeEventListener('keydown', onKey, true);
    onClose?.();
  };
  const onKey = (e) => {
    if (e.key === 'Escape' && stack[stack.length - 1] === win) { e.stopImmediatePropagation(); close(); }
  };
  const tool = h('div', { id: ids.gen(), class: `${p}tool ${p}tool-close`, title: 'Close', onclick: close },
    kind === 'x4' ? h('img', { class: 'x4-tool-img x4-tool-close', alt: '', src: 'data:image/gif;base64,R0lGODlhAQABAID/AMDAwAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==' }) : null);
  const win = kind === 'x4'
    ? h('div', { id: ids.x4('window'), tabindex: '-1', class: 'x4-window x4-layer x4-window-default x4-closable x4-window-closable', style: { zIndex: String(z) } },
      h('div', { id: ids.x4('header'), class: 'x4-window-header x4-header x4-header-horizontal x4-window-header-default' },
        h('div', { class: 'x4-header-body' },
          h('span', { id: ids.x4('component'), class: 'x4-header-text x4-window-header-text' }, title), tool)),
      h('div', { id: ids.gen(), class: 'x4-window-body x4-window-body-default' }, body),
      h('div', { id: ids.x4('toolbar'), class: 'x4-toolbar x4-docked x4-toolbar-footer x4-docked-bottom' }, buttons))
    : h('div', { id: ids.comp(), tabindex: '-1', class: 'x-window x-window-plain x-resizable-pinned', style: { zIndex: String(z) } },
      h('div', { class: 'x-window-tl' }, h('div', { class: 'x-window-tr' }, h('div', { class: 'x-window-tc' },
        h('div', { id: ids.gen(), class: 'x-window-header x-unselectable x-window-draggable' },
          tool, h('span', { class: 'x-window-header-text', id: ids.gen() }, title))))),
      h('div', { id: ids.gen(), class: 'x-window-bwrap' },
        h('div', { class: 'x-window-ml' }, h('div', { class: 'x-window-mr' }, h('div', { class: 'x-window-mc' },
          h('div', { id: ids.gen(), class: 'x-window-body' }, body)))),
        h('div', { class: 'x-window-footer x-panel-btns' }, buttons)));
  parent.classList?.add('x-body-masked');
  parent.append(mask, win);
  stack.push(win);
  place(win, parent, width);
  parent.ownerDocument.addEventListener('keydown', onKey, true);
  win.focus({ preventScroll: true });
  return { el: win, mask, close };
}
