// The left ExtJS 3 tree (rootVisible: false, so top-level nodes sit directly
// in ul.x-tree-root-ct). Clicking a node calls onSelect; selection is the
// class x-tree-selected on div.x-tree-node-el.

import { h } from '../shared/dom.js';

/**
 * @param ids id generator
 * @param title panel header text
 * @param nodes [{ key, label, leaf }]
 * @param onSelect (key) => void
 */
export function treePanel(ids, title, nodes, onSelect) {
  const els = new Map();
  const items = nodes.map((n) => {
    const label = h('span', { unselectable: 'on', id: ids.gen() }, n.label);
    const nodeEl = h('div', {
      id: ids.gen(), 'ext:tree-node-id': `xnode-${ids.gen().slice(7)}`,
      class: ['x-tree-node-el', 'x-unselectable', n.leaf === false ? 'x-tree-node-collapsed' : 'x-tree-node-leaf'],
      unselectable: 'on',
    },
    h('span', { class: 'x-tree-node-indent' }),
    h('span', { class: 'x-tree-ec-icon x-tree-elbow', role: 'presentation' }),
    h('span', { class: `x-tree-node-icon mkt-icon-${n.icon ?? 'page'}`, role: 'presentation' }),
    h('a', { class: 'x-tree-node-anchor', hidefocus: 'on', href: '#', tabindex: '1' }, label));
    nodeEl.addEventListener('click', (e) => { e.preventDefault(); onSelect(n.key); });
    nodeEl.addEventListener('mouseenter', () => nodeEl.classList.add('x-tree-node-over'));
    nodeEl.addEventListener('mouseleave', () => nodeEl.classList.remove('x-tree-node-over'));
    els.set(n.key, nodeEl);
    return h('li', { class: 'x-tree-node' }, nodeEl, h('ul', { class: 'x-tree-node-ct', style: { display: 'none' } }));
  });
  const el = h('div', { id: ids.comp(), class: 'x-panel x-tree mkt-tree' },
    h('div', { id: ids.gen(), class: 'x-panel-header x-unselectable' }, h('span', { class: 'x-panel-header-text' }, title)),
    h('div', { id: ids.gen(), class: 'x-panel-bwrap' },
      h('div', { id: ids.gen(), class: 'x-panel-body x-panel-body-noheader' },
        h('ul', { id: ids.gen(), class: 'x-tree-root-ct x-tree-arrows' }, items))));
  const select = (key) => els.forEach((nodeEl, k) => nodeEl.classList.toggle('x-tree-selected', k === key));
  return { el, select };
}
