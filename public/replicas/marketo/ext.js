// Builders for the ExtJS markup Marketo's classic UI is made of.
// ExtJS 3 widgets carry `x-` classes, ExtJS 4 widgets (sandboxed in Marketo)
// carry `x4-` classes. Every component and element gets a generated id from
// the per-load counter; those ids are deliberately unstable.

import { h } from '../shared/dom.js';

export function createExt(ids) {
  const ext = {};

  /** ExtJS 3 button: table.x-btn … em > button.x-btn-text */
  ext.btn3 = (text, { onClick, pressed = false, cls = '' } = {}) => h('table',
    { id: ids.comp(), cellspacing: '0', class: ['x-btn', 'x-btn-noicon', pressed && 'x-btn-pressed', cls] },
    h('tbody', { class: 'x-btn-small x-btn-icon-small-left' },
      h('tr', null,
        h('td', { class: 'x-btn-ml' }, h('i', null, '\u00a0')),
        h('td', { class: 'x-btn-mc' }, h('em', { unselectable: 'on' },
          h('button', { type: 'button', id: ids.gen(), class: 'x-btn-text', onclick: onClick }, text))),
        h('td', { class: 'x-btn-mr' }, h('i', null, '\u00a0')))));

  /** ExtJS 4 button: a.x4-btn > span.x4-btn-wrap > span.x4-btn-button > span.x4-btn-inner */
  ext.btn4 = (text, { primary = false, disabled = false, onClick } = {}) => {
    const id = ids.x4('button');
    const inner = h('span', { id: `${id}-btnInnerEl`, class: 'x4-btn-inner x4-btn-inner-center', unselectable: 'on' }, text);
    const a = h('a', {
      id, role: 'button', tabindex: '0', hidefocus: 'on', unselectable: 'on',
      class: ['x4-btn', 'x4-unselectable', 'x4-btn-default-small', 'x4-noicon', primary && 'mktButtonPositive'],
    }, h('span', { id: `${id}-btnWrap`, role: 'presentation', class: 'x4-btn-wrap' },
      h('span', { id: `${id}-btnEl`, role: 'presentation', class: 'x4-btn-button' },
        inner, h('span', { id: `${id}-btnIconEl`, role: 'presentation', class: 'x4-btn-icon-el' }))));
    const fire = (e) => {
      e.preventDefault();
      if (!a.classList.contains('x4-disabled')) onClick?.(e);
    };
    a.addEventListener('click', fire);
    a.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') fire(e); });
    ext.setDisabled4(a, disabled);
    return a;
  };

  ext.setDisabled4 = (btn, disabled) => {
    btn.classList.toggle('x4-disabled', disabled);
    btn.classList.toggle('x4-btn-disabled', disabled);
    btn.setAttribute('aria-disabled', String(disabled));
    btn.tabIndex = disabled ? -1 : 0;
  };
  ext.setText4 = (btn, text) => { btn.querySelector('.x4-btn-inner').textContent = text; };

  /** ExtJS 3 toolbar holding ExtJS 3 buttons. */
  ext.toolbar3 = (...buttons) => h('div', { id: ids.comp(), class: 'x-toolbar x-small-editor x-toolbar-layout-ct' },
    h('table', { cellspacing: '0', class: 'x-toolbar-ct' }, h('tbody', null, h('tr', null,
      buttons.map((b) => h('td', { class: 'x-toolbar-cell', id: ids.gen() }, b))))));

  /** ExtJS 3 panel with header text. */
  ext.panel3 = (title, ...body) => h('div', { id: ids.comp(), class: 'x-panel mkt-panel' },
    title && h('div', { id: ids.gen(), class: 'x-panel-header x-unselectable' },
      h('span', { class: 'x-panel-header-text' }, title)),
    h('div', { id: ids.gen(), class: 'x-panel-bwrap' }, h('div', { id: ids.gen(), class: 'x-panel-body' }, body)));

  /** ExtJS 4 panel ("card") with a header title. */
  ext.panel4 = (title, ...body) => {
    const id = ids.x4('panel');
    return h('div', { id, class: 'x4-panel x4-panel-default mkt-card' },
      h('div', { id: ids.x4('header'), class: 'x4-panel-header x4-header x4-header-horizontal x4-panel-header-default' },
        h('div', { class: 'x4-header-body' }, h('span', { id: ids.x4('component'), class: 'x4-header-text x4-panel-header-text' }, title))),
      h('div', { id: `${id}-body`, class: 'x4-panel-body x4-panel-body-default' }, body));
  };

  /** ExtJS 4 label/value row. Returns the row; `.x4-form-display-field` holds the value. */
  ext.displayField = (label, value) => h('div', { id: ids.x4('displayfield'), class: 'x4-field x4-form-item x4-form-type-display' },
    h('label', { class: 'x4-form-item-label x4-form-item-label-left' }, `${label}:`),
    h('div', { class: 'x4-form-item-body' }, h('div', { id: ids.gen(), class: 'x4-form-display-field' }, value ?? '')));

  /**
   * ExtJS 4 checkbox. Like the real widget there is no native checkbox: the
   * input is type=button (ExtJS adds role=checkbox only with its ARIA plugin,
   * so we don't) and the checked state is the class `x4-form-cb-checked` on
   * the outer table (disabled: `x4-item-disabled` and a disabled input).
   */
  ext.checkbox4 = (label, { checked = false, disabled = false, onChange } = {}) => {
    const id = ids.x4('checkboxfield');
    const input = h('input', { type: 'button', id: `${id}-inputEl`, class: 'x4-form-field x4-form-checkbox', hidefocus: 'true', autocomplete: 'off' });
    const box = h('table', {
      id, cellpadding: '0', class: ['x4-field', 'x4-form-item', 'x4-form-type-checkbox', checked && 'x4-form-cb-checked', disabled && 'x4-item-disabled'],
    }, h('tbody', null, h('tr', null, h('td', { class: 'x4-form-item-body x4-form-cb-wrap' },
      input, h('label', { id: `${id}-boxLabelEl`, class: 'x4-form-cb-label x4-form-cb-label-after', for: input.id }, label)))));
    if (disabled) input.disabled = true;
    input.addEventListener('click', () => {
      if (box.classList.contains('x4-item-disabled')) return;
      box.classList.toggle('x4-form-cb-checked');
      onChange?.(box.classList.contains('x4-form-cb-checked'));
    });
    return box;
  };

  /** Load mask over `target` (target gets x-masked). Returns a remover. */
  ext.mask = (target, msg) => {
    const m = h('div', { id: ids.gen(), class: 'x-mask' });
    const box = h('div', { id: ids.gen(), class: 'x-mask-msg x-mask-loading' }, h('div', { class: 'x-mask-msg-text' }, msg));
    target.classList.add('x-masked', 'x-masked-relative');
    target.append(m, box);
    return () => { m.remove(); box.remove(); target.classList.remove('x-masked', 'x-masked-relative'); };
  };

  /** ExtJS 3 grid, simplified: header row + rows of cells. */
  ext.grid3 = (columns, rows) => h('div', { id: ids.comp(), class: 'x-grid-panel mkt-grid' },
    h('div', { class: 'x-grid3' },
      h('div', { class: 'x-grid3-header' }, h('table', { cellspacing: '0' }, h('tr', { class: 'x-grid3-hd-row' },
        columns.map((c) => h('td', { class: 'x-grid3-hd x-grid3-cell' }, h('div', { class: 'x-grid3-hd-inner' }, c)))))),
      h('div', { class: 'x-grid3-body' }, rows.map((r, i) => h('div', { id: ids.gen(), class: ['x-grid3-row', i % 2 && 'x-grid3-row-alt'] },
        h('table', { cellspacing: '0', class: 'x-grid3-row-table' }, h('tr', null,
          r.map((v) => h('td', { class: 'x-grid3-col x-grid3-cell' }, h('div', { class: 'x-grid3-cell-inner' }, v))))))))));

  return ext;
}
