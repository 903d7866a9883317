// ExtJS 4 widget markup with Marketo's x4- prefix: mostly 4.1 (div.x4-btn > em > button > span.x4-btn-inner,
// tabs that are buttons with role="button"), one 4.2-style anchor button (a.x4-btn > span wrappers).
import { h } from '../shared/dom.js';
import { x4Id } from '../shared/ids.js';

/** An ExtJS 4.1 button: div.x4-btn > em > button.x4-btn-center[role=button] > span.x4-btn-inner + span.x4-btn-icon. */
export function x41Button({ label, cls = '', iconCls = '', disabled = false, onClick }) {
  const id = x4Id('button');
  const icon = iconCls ? 'x4-btn-text-icon' : 'x4-noicon x4-btn-noicon x4-btn-default-small-noicon';
  const button = h('button', { id: `${id}-btnEl`, type: 'button', class: 'x4-btn-center', hidefocus: 'true', role: 'button', autocomplete: 'off' },
    h('span', { id: `${id}-btnInnerEl`, class: 'x4-btn-inner' }, label),
    h('span', { id: `${id}-btnIconEl`, class: `x4-btn-icon ${iconCls}`.trim() }));
  const root = h('div', { id, class: `x4-btn x4-btn-default-small ${icon} ${cls}`.trim() }, h('em', { id: `${id}-btnWrap` }, button));
  button.addEventListener('click', (event) => {
    if (!root.classList.contains('x4-disabled')) onClick?.(event);
  });
  setX4Disabled(root, disabled);
  return root;
}

/** An ExtJS 4.2-style anchor button: a.x4-btn > span.x4-btn-wrap > span.x4-btn-button > span.x4-btn-inner + icon. */
export function x42Button({ label, cls = '', iconCls = '', disabled = false, onClick }) {
  const id = x4Id('button');
  const root = h('a', { id, class: `x4-btn x4-unselectable x4-btn-default-small ${iconCls ? 'x4-icon-text-left x4-btn-icon-text-left' : ''} ${cls}`.replace(/\s+/g, ' ').trim(), hidefocus: 'on', unselectable: 'on', tabindex: '0' },
    h('span', { id: `${id}-btnWrap`, class: 'x4-btn-wrap', unselectable: 'on' },
      h('span', { id: `${id}-btnEl`, class: 'x4-btn-button' },
        h('span', { id: `${id}-btnInnerEl`, class: 'x4-btn-inner x4-btn-inner-center', unselectable: 'on' }, label),
        h('span', { id: `${id}-btnIconEl`, class: `x4-btn-icon-el ${iconCls}`.trim(), unselectable: 'on' }))));
  const activate = (event) => {
    event.preventDefault();
    if (!root.classList.contains('x4-disabled')) onClick?.(event);
  };
  root.addEventListener('click', activate);
  root.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && activate(event));
  setX4Disabled(root, disabled);
  return root;
}

/** Enables or disables an ExtJS 4 button (4.1: also the inner button's disabled attribute). */
export function setX4Disabled(root, disabled) {
  root.classList.toggle('x4-disabled', disabled);
  root.classList.toggle('x4-btn-disabled', disabled);
  const inner = root.querySelector('button');
  if (inner) inner.disabled = disabled;
  else root.setAttribute('aria-disabled', String(disabled));
}

const ACTIVE_TAB = ['x4-active', 'x4-tab-active', 'x4-tab-default-active', 'x4-top-active', 'x4-tab-top-active'];

/**
 * An ExtJS 4.1 tab bar. Tabs are buttons (role="button", not "tab"), the active one carries x4-tab-active.
 * onSelect(index) is called on a click on an inactive tab.
 */
export function x41TabBar({ titles, active = 0, onSelect, truths = [] }) {
  const tabs = titles.map((title, i) => {
    const id = x4Id('tab');
    const tab = h('div', { id, class: `x4-tab x4-tab-default x4-top x4-tab-top x4-tab-default-top${i === active ? ` ${ACTIVE_TAB.join(' ')}` : ''}` },
      h('em', { id: `${id}-btnWrap` }, h('button', { id: `${id}-btnEl`, type: 'button', class: 'x4-tab-center', role: 'button', autocomplete: 'off' },
        h('span', { id: `${id}-btnInnerEl`, class: 'x4-tab-inner' }, title), h('span', { id: `${id}-btnIconEl`, class: 'x4-tab-icon' }))));
    if (truths[i]) tab.dataset.truth = truths[i];
    tab.addEventListener('click', () => !tab.classList.contains('x4-tab-active') && onSelect?.(i));
    return tab;
  });
  return h('div', { id: x4Id('tabbar'), class: 'x4-tab-bar x4-tab-bar-default x4-top x4-tab-bar-top x4-docked-top' },
    h('div', { class: 'x4-tab-bar-body x4-tab-bar-body-default' }, h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' }, tabs))),
    h('div', { class: 'x4-tab-bar-strip x4-tab-bar-strip-default x4-top' }));
}

const header = (kind, title, tools = []) => h('div', { id: x4Id('header'), class: `x4-${kind}-header x4-header x4-header-horizontal x4-docked x4-unselectable x4-${kind}-header-default x4-docked-top` },
  h('div', { class: `x4-header-body x4-${kind}-header-body` }, h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' },
    h('div', { class: `x4-component x4-${kind}-header-text-container x4-box-item` }, h('span', { class: `x4-header-text x4-${kind}-header-text` }, title)), tools))));

/** An ExtJS 4.1 panel: header (title) and body. The body element is returned as `.body` on the root too. */
export function x41Panel({ title, cls = '', body, bbar }) {
  const id = x4Id('panel');
  const bodyEl = h('div', { id: `${id}-body`, class: 'x4-panel-body x4-panel-body-default x4-box-layout-ct' }, body);
  return h('div', { id, class: `x4-panel x4-panel-default ${cls}`.trim() },
    title ? header('panel', title) : null, bodyEl,
    bbar ? h('div', { class: 'x4-toolbar x4-docked x4-toolbar-default x4-docked-bottom' }, h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' }, bbar))) : null);
}

/** An ExtJS 4.1 display field: table.x4-field with a label cell ("Client ID:") and the value div. */
export function x41DisplayField({ label, value, cls = '' }) {
  const id = x4Id('displayfield');
  return h('table', { id, class: `x4-field x4-display-field x4-form-item x4-field-default x4-form-item-default ${cls}`.trim(), cellpadding: '0' },
    h('tbody', {}, h('tr', {},
      h('td', { id: `${id}-labelCell`, class: 'x4-field-label-cell', valign: 'top', width: '130' },
        h('label', { id: `${id}-labelEl`, class: 'x4-form-item-label x4-form-item-label-left', for: `${id}-inputEl` }, `${label}:`)),
      h('td', { id: `${id}-bodyEl`, class: 'x4-form-item-body' }, h('div', { id: `${id}-inputEl`, class: 'x4-form-display-field' }, value)))));
}

/**
 * A modal ExtJS 4.1 window over an x4-mask: header with a close tool, body, bottom toolbar of `buttons`.
 * Returns { win, close }.
 */
export function x41Window({ title, cls = '', body, buttons = [], width = 460 }) {
  const mask = h('div', { class: 'x4-mask', style: { zIndex: '19000' } });
  const close = () => {
    win.remove();
    mask.remove();
  };
  const tool = h('div', { class: 'x4-tool x4-box-item x4-tool-default' }, h('img', { alt: '', class: 'x4-tool-close', src: 'data:image/gif;base64,R0lGODlhAQABAID/AMDAwAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==' }));
  tool.addEventListener('click', close);
  const win = h('div', { id: x4Id('window'), class: `x4-window x4-layer x4-window-default x4-closable x4-window-closable x4-window-default-closable ${cls}`.trim(), style: { zIndex: '19001', width: `${width}px` } },
    header('window', title, [tool]),
    h('div', { class: 'x4-window-body x4-window-body-default x4-closable' }, body),
    h('div', { class: 'x4-toolbar x4-docked x4-toolbar-footer x4-docked-bottom' }, h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' }, buttons))));
  document.body.append(mask, win);
  return { win, close };
}

/** An ExtJS 4.1 load mask over `el` ("Loading..."); returns a function that removes it. */
export function x41Mask(el, text) {
  el.classList.add('x4-masked', 'x4-masked-relative');
  const mask = h('div', { class: 'x4-mask' });
  const msg = h('div', { class: 'x4-mask-msg x4-mask-loading' }, h('div', {}, text));
  el.append(mask, msg);
  return () => {
    mask.remove();
    msg.remove();
    el.classList.remove('x4-masked', 'x4-masked-relative');
  };
}
