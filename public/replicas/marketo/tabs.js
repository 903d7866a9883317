// Tab widgets.
// tabPanel3: Marketo's main canvas (ExtJS 3 TabPanel). The extension detects
//   the Admin page by `.x-tab-strip-active .x-tab-strip-text` — keep that path.
// tabBar4: the ExtJS 4 tab bar inside the Sales Insight page
//   (`div.x4-tab[role=tab]` > … > `span.x4-tab-inner`, active: x4-tab-top-active).

import { h } from '../shared/dom.js';

/**
 * @param ids id generator
 * @param tabs [{ title, active }]
 * @returns {{ el: HTMLElement, body: HTMLElement }}
 */
export function tabPanel3(ids, tabs) {
  const panelId = ids.comp();
  const strip = h('ul', { id: ids.gen(), class: 'x-tab-strip x-tab-strip-top' },
    tabs.map((t) => h('li', {
      id: `${panelId}__${ids.comp()}`,
      class: ['x-tab-strip-closable', t.active && 'x-tab-strip-active'],
    },
    h('a', { class: 'x-tab-strip-close', onclick: (e) => e.preventDefault() }),
    h('a', { class: 'x-tab-right', href: '#', onclick: (e) => e.preventDefault() },
      h('em', { class: 'x-tab-left' },
        h('span', { class: 'x-tab-strip-inner' },
          h('span', { class: 'x-tab-strip-text' }, t.title)))))),
    h('li', { class: 'x-tab-edge', id: ids.gen() }),
    h('div', { class: 'x-clear', id: ids.gen() }));
  const body = h('div', { id: ids.gen(), class: 'x-tab-panel-body x-tab-panel-body-top mkt-canvas-body' });
  const el = h('div', { id: panelId, class: 'x-tab-panel mkt-canvas' },
    h('div', { id: ids.gen(), class: 'x-tab-panel-header x-unselectable' },
      h('div', { class: 'x-tab-strip-wrap' }, strip)),
    h('div', { id: ids.gen(), class: 'x-tab-panel-bwrap' }, body));
  return { el, body };
}

/**
 * @param ids id generator
 * @param titles tab titles
 * @param onSelect (index) => void, called on click/keyboard select
 */
export function tabBar4(ids, titles, onSelect) {
  const tabs = titles.map((title, i) => {
    const id = ids.x4('tab');
    const tab = h('div', {
      id, role: 'tab', tabindex: '-1', 'aria-selected': 'false',
      class: 'x4-tab x4-tab-top x4-tab-default x4-top x4-unselectable',
    }, h('span', { id: `${id}-wrap`, class: 'x4-tab-wrap', role: 'presentation' },
      h('span', { id: `${id}-btnEl`, class: 'x4-tab-button', role: 'presentation' },
        h('span', { id: `${id}-btnInnerEl`, class: 'x4-tab-inner x4-tab-inner-center' }, title))));
    tab.addEventListener('click', () => onSelect(i));
    tab.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(i); }
    });
    return tab;
  });
  const el = h('div', { id: ids.x4('tabbar'), role: 'tablist', class: 'x4-tab-bar x4-tab-bar-default x4-top x4-tab-bar-top' },
    h('div', { class: 'x4-tab-bar-body' }, h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' }, tabs))),
    h('div', { class: 'x4-tab-bar-strip x4-tab-bar-strip-default x4-top' }));
  const setActive = (index) => tabs.forEach((t, i) => {
    const on = i === index;
    t.classList.toggle('x4-tab-top-active', on);
    t.classList.toggle('x4-tab-active', on);
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
  });
  return { el, tabs, setActive };
}
