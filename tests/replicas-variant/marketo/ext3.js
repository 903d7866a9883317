// ExtJS 3 widget markup, as Marketo's classic screens render it (x- classes, ext-gen/ext-comp ids,
// table-based buttons, tree nodes as li.x-tree-node > div.x-tree-node-el > a > span).
import { h, NBSP } from '../shared/dom.js';
import { extComp, extGen } from '../shared/ids.js';

const BLANK = 'data:image/gif;base64,R0lGODlhAQABAID/AMDAwAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const corner = (cls) => h('td', { class: cls }, h('i', {}, NBSP));

/**
 * An ExtJS 3 button: table.x-btn > tbody > tr×3, the middle cell holding em > button.x-btn-text.
 * `label` may be an array of nodes (icon glyph spans inside the label, as some Marketo buttons have).
 */
export function ext3Button({ label, cls = '', iconCls = '', disabled = false, onClick }) {
  const button = h('button', { type: 'button', id: extGen(), class: `x-btn-text ${iconCls}`.trim() }, label);
  const table = h('table', { id: extComp(), cellspacing: '0', class: `x-btn ${iconCls ? 'x-btn-text-icon' : 'x-btn-noicon'} ${cls}`.trim() },
    h('tbody', { class: 'x-btn-small x-btn-icon-small-left' },
      h('tr', {}, corner('x-btn-tl'), h('td', { class: 'x-btn-tc' }), corner('x-btn-tr')),
      h('tr', {}, corner('x-btn-ml'), h('td', { class: 'x-btn-mc' }, h('em', { unselectable: 'on' }, button)), corner('x-btn-mr')),
      h('tr', {}, corner('x-btn-bl'), h('td', { class: 'x-btn-bc' }), corner('x-btn-br'))));
  table.addEventListener('mouseover', () => table.classList.add('x-btn-over'));
  table.addEventListener('mouseout', () => table.classList.remove('x-btn-over'));
  button.addEventListener('click', (event) => {
    if (!table.classList.contains('x-item-disabled')) onClick?.(event);
  });
  setExt3Disabled(table, disabled);
  return table;
}

/** Enables or disables an ExtJS 3 button (class on the table, attribute on the inner button). */
export function setExt3Disabled(table, disabled) {
  table.classList.toggle('x-item-disabled', disabled);
  table.querySelector('button').disabled = disabled;
}

/** An ExtJS 3 toolbar holding `items` (buttons, separators) left-aligned. */
export function ext3Toolbar(items) {
  const cells = items.map((item) => h('td', { class: 'x-toolbar-cell', id: extGen() }, item));
  return h('div', { class: 'x-toolbar x-small-editor x-toolbar-layout-ct', id: extComp() },
    h('table', { cellspacing: '0', class: 'x-toolbar-ct' }, h('tbody', {}, h('tr', {},
      h('td', { class: 'x-toolbar-left', align: 'left' },
        h('table', { cellspacing: '0' }, h('tbody', {}, h('tr', { class: 'x-toolbar-left-row' }, cells))))))));
}

/** An ExtJS 3 panel with an optional header, top toolbar and body content. */
export function ext3Panel({ title, cls = '', tbar, body }) {
  return h('div', { class: `x-panel ${cls}`.trim(), id: extComp() },
    title ? h('div', { class: 'x-panel-header x-unselectable', id: extGen() }, h('span', { class: 'x-panel-header-text' }, title)) : null,
    h('div', { class: 'x-panel-bwrap', id: extGen() },
      tbar ? h('div', { class: 'x-panel-tbar', id: extGen() }, tbar) : null,
      h('div', { class: `x-panel-body${title ? '' : ' x-panel-body-noheader'}`, id: extGen() }, body)));
}

/**
 * An ExtJS 3 tree (root hidden). `nodes`: { key, text, children?, iconCls? }. The node whose key is
 * `selected` carries x-tree-selected; a click on a leaf calls onSelect(key), on a folder toggles it.
 */
export function ext3Tree({ nodes, selected, onSelect }) {
  const nodeEl = (node, last) => {
    const folder = Array.isArray(node.children);
    const childCt = folder ? h('ul', { class: 'x-tree-node-ct' }, node.children.map((c, i, all) => nodeEl(c, i === all.length - 1))) : null;
    const state = folder ? 'x-tree-node-expanded' : 'x-tree-node-leaf';
    const el = h('div', { class: `x-tree-node-el x-unselectable ${state}${node.key === selected ? ' x-tree-selected' : ''}`, unselectable: 'on' },
      h('span', { class: 'x-tree-node-indent' }, folder ? null : h('img', { alt: '', src: BLANK, class: 'x-tree-elbow-line' })),
      h('img', { alt: '', src: BLANK, class: `x-tree-ec-icon ${folder ? 'x-tree-elbow-minus' : last ? 'x-tree-elbow-end' : 'x-tree-elbow'}` }),
      h('img', { alt: '', src: BLANK, unselectable: 'on', class: `x-tree-node-icon ${node.iconCls ?? ''}`.trim() }),
      h('a', { hidefocus: 'on', class: 'x-tree-node-anchor', href: '#', tabindex: '1' }, h('span', { unselectable: 'on', id: `extdd-${extGen().slice(8)}` }, node.text)));
    el.setAttribute('ext:tree-node-id', `xnode-${extGen().slice(8)}`);
    if (node.truth) el.dataset.truth = node.truth;
    el.addEventListener('click', (event) => {
      event.preventDefault();
      if (!folder) return onSelect(node.key);
      const open = childCt.style.display !== 'none';
      childCt.style.display = open ? 'none' : '';
      el.classList.toggle('x-tree-node-expanded', !open);
      el.classList.toggle('x-tree-node-collapsed', open);
    });
    return h('li', { class: 'x-tree-node' }, el, childCt);
  };
  return h('div', { class: 'x-panel x-tree', id: extComp() },
    h('div', { class: 'x-panel-bwrap' }, h('div', { class: 'x-panel-body x-panel-body-noheader', id: extGen() },
      h('ul', { class: 'x-tree-root-ct x-tree-arrows', id: extGen() },
        h('div', { class: 'x-tree-root-node' }, nodes.map((n, i) => nodeEl(n, i === nodes.length - 1)))))));
}

/** The ExtJS 3 tab strip of a TabPanel header, one li per tab, `active` index marked x-tab-strip-active. */
export function ext3TabStrip({ titles, active = 0 }) {
  const owner = extComp();
  return h('div', { class: 'x-tab-panel-header x-unselectable x-tab-panel-header-plain', id: extGen() },
    h('div', { class: 'x-tab-strip-wrap', id: extGen() },
      h('ul', { class: 'x-tab-strip x-tab-strip-top', id: extGen() },
        titles.map((title, i) => h('li', { id: `${owner}__${extComp()}`, class: `x-tab-strip-closable${i === active ? ' x-tab-strip-active' : ''}` },
          h('a', { class: 'x-tab-strip-close' }),
          h('a', { class: 'x-tab-right', href: '#', onclick: (e) => e.preventDefault() },
            h('em', { class: 'x-tab-left' }, h('span', { class: 'x-tab-strip-inner' }, h('span', { class: 'x-tab-strip-text' }, title)))))),
        h('li', { class: 'x-tab-edge', id: extGen() }, h('span', { class: 'x-tab-strip-text' }, NBSP)),
        h('div', { class: 'x-clear', id: extGen() }))),
    h('div', { class: 'x-tab-strip-spacer', id: extGen() }));
}

/** An ExtJS 3 grid (read-only): header row and body rows of plain cell text. */
export function ext3Grid({ columns, rows, cls = '' }) {
  const cell = (text, i, header) => h('td', { class: `x-grid3-${header ? 'hd' : 'col'} x-grid3-cell x-grid3-td-${i}` },
    h('div', { class: header ? 'x-grid3-hd-inner' : 'x-grid3-cell-inner', unselectable: 'on' }, text));
  return h('div', { class: `x-grid-panel ${cls}`.trim(), id: extComp() }, h('div', { class: 'x-grid3', id: extGen() },
    h('div', { class: 'x-grid3-viewport' },
      h('div', { class: 'x-grid3-header' }, h('table', { cellspacing: '0', class: 'x-grid3-header-table' },
        h('thead', {}, h('tr', { class: 'x-grid3-hd-row' }, columns.map((c, i) => cell(c, i, true)))))),
      h('div', { class: 'x-grid3-scroller' }, h('div', { class: 'x-grid3-body' },
        rows.map((row, r) => h('div', { class: `x-grid3-row${r % 2 ? ' x-grid3-row-alt' : ''}` },
          h('table', { cellspacing: '0', class: 'x-grid3-row-table' }, h('tbody', {}, h('tr', {}, row.map((c, i) => cell(c, i, false))))))))))));
}

/**
 * An ExtJS 3 MessageBox (x-window-dlg) over a modal ext-el-mask; OK closes it. Returns the window.
 * The message text sits in span.ext-mb-text, as Ext.Msg renders it.
 */
export function ext3MessageBox({ title, message, ok, iconCls = 'ext-mb-info', onClose }) {
  const mask = h('div', { class: 'ext-el-mask', id: extGen(), style: { zIndex: '9000' } });
  const close = () => {
    win.remove();
    mask.remove();
    onClose?.();
  };
  const win = h('div', { class: 'x-window x-window-plain x-window-dlg', id: extComp(), style: { zIndex: '9003' } },
    h('div', { class: 'x-window-tl' }, h('div', { class: 'x-window-tr' }, h('div', { class: 'x-window-tc' },
      h('div', { class: 'x-window-header x-unselectable x-window-draggable', id: extGen() },
        h('div', { class: 'x-tool x-tool-close', id: extGen(), onclick: () => close() }, NBSP),
        h('span', { class: 'x-window-header-text', id: extGen() }, title))))),
    h('div', { class: 'x-window-bwrap', id: extGen() },
      h('div', { class: 'x-window-ml' }, h('div', { class: 'x-window-mr' }, h('div', { class: 'x-window-mc' },
        h('div', { class: 'x-window-body', id: extGen() },
          h('div', { class: `ext-mb-icon ${iconCls}` }),
          h('div', { class: 'ext-mb-content' }, h('span', { class: 'ext-mb-text', id: extGen() }, message), h('br'),
            h('div', { class: 'ext-mb-fix-cursor' })))))),
      h('div', { class: 'x-window-bl' }, h('div', { class: 'x-window-br' }, h('div', { class: 'x-window-bc' },
        h('div', { class: 'x-window-footer x-panel-btns' }, ext3Toolbar([ext3Button({ label: ok, onClick: close })])))))));
  document.body.append(mask, win);
  return win;
}
