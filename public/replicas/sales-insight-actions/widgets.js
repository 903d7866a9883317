// Small widgets of the modern SIA UI: menu buttons, tabs, icons, badges,
// busy buttons. ARIA patterns follow the APG (menu button, tabs), because the
// extension's locators are ARIA-first (role=menu > role=menuitem, role=tablist
// > role=tab as direct children).

import { h } from '../shared/dom.js';

// Inline icons (no images or icon fonts), built with DOM calls: [tag, attributes, children] per node.
const STROKE = (width) => ({ fill: 'none', stroke: 'currentColor', 'stroke-width': width });
const ICONS = {
  gear: [{ viewBox: '0 0 24 24', width: 20, height: 20 }, [
    ['g', { fill: 'currentColor' }, [0, 45, 90, 135, 180, 225, 270, 315].map((a) => ['rect', { x: 10.2, y: 1.5, width: 3.6, height: 5, rx: 1, transform: `rotate(${a} 12 12)` }])],
    ['circle', { cx: 12, cy: 12, r: 6.2, ...STROKE(3.2) }],
  ]],
  caret: [{ viewBox: '0 0 12 12', width: 12, height: 12 }, [['path', { d: 'M2.5 4.5 6 8l3.5-3.5', ...STROKE(1.6) }]]],
  close: [{ viewBox: '0 0 16 16', width: 16, height: 16 }, [['path', { d: 'M4 4l8 8M12 4l-8 8', stroke: 'currentColor', 'stroke-width': 1.8 }]]],
  upload: [{ viewBox: '0 0 24 24', width: 28, height: 28 }, [['path', { d: 'M12 16V4m0 0-5 5m5-5 5 5M4 16v4h16v-4', ...STROKE(1.8) }]]],
};
function svgNode(tag, attributes, children = []) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(svgNode(...child));
  return node;
}
export function icon(name) {
  const [size, children] = ICONS[name];
  return svgNode('svg', { class: `icon-${name}`, ...size, 'aria-hidden': 'true', focusable: 'false' }, children);
}

/** Status pill. Not a live region: the table and status cards re-render often. */
export const badge = (text, kind) => h('span', { class: `badge badge-${kind}` }, text);

/** Put a button into a busy state (disabled, other text); returns the undo. */
export function busy(btn, text) {
  const before = btn.textContent;
  btn.disabled = true;
  btn.setAttribute('aria-busy', 'true');
  btn.textContent = text;
  return () => { btn.disabled = false; btn.removeAttribute('aria-busy'); btn.textContent = before; };
}

// One open menu at a time, like the real app's drop-downs.
let openMenu = null;

/**
 * A menu button (APG pattern). items: [{ text, href } | { text, onSelect }].
 * @returns {{ el: HTMLElement, button: HTMLButtonElement, menu: HTMLElement, close: () => void }}
 */
export function menuButton({ ids, button, items, align = 'right' }) {
  const menuId = ids.x4('menu');
  button.id ||= ids.x4('menubutton');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', menuId);
  const entries = items.map((it) => (it.href
    ? h('a', { role: 'menuitem', href: it.href, tabindex: '-1', class: 'menu-item', onclick: () => close() }, it.text)
    : h('button', { role: 'menuitem', type: 'button', tabindex: '-1', class: 'menu-item', onclick: () => { close(); it.onSelect(); } }, it.text)));
  const menu = h('div', { role: 'menu', id: menuId, 'aria-labelledby': button.id, class: `menu menu-${align}`, hidden: true }, entries);
  const el = h('div', { class: 'menu-wrap' }, button, menu);

  const focusAt = (i) => entries[(i + entries.length) % entries.length].focus();
  const onDocClick = (e) => { if (!el.contains(e.target)) close(); };
  function open() {
    openMenu?.close();
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    openMenu = api;
    document.addEventListener('mousedown', onDocClick, true);
    focusAt(0);
  }
  function close({ focus = false } = {}) {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (openMenu === api) openMenu = null;
    document.removeEventListener('mousedown', onDocClick, true);
    if (focus) button.focus();
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); open(); if (e.key === 'ArrowUp') focusAt(-1); }
  });
  menu.addEventListener('keydown', (e) => {
    const i = entries.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); focusAt(i + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); focusAt(i - 1); }
    else if (e.key === 'Home') { e.preventDefault(); focusAt(0); }
    else if (e.key === 'End') { e.preventDefault(); focusAt(-1); }
    else if (e.key === 'Escape') { e.preventDefault(); close({ focus: true }); }
    else if (e.key === 'Tab') close();
  });
  const api = { el, button, menu, close };
  return api;
}

/**
 * Tabs (APG, manual activation on click/Enter, arrows move focus). Panel ids are
 * `${idBase}-panel-${key}` — readable on purpose (the Set Up tab is found by
 * aria-controls containing "setup"). A panel renders on first selection,
 * after `delay` ms, as the real app lazy-loads tab content.
 * items: [{ key, label, render: () => Node }]
 */
export function tabs({ idBase, label, items, active, delay, scope, loadingText, onSelect }) {
  const list = h('div', { role: 'tablist', 'aria-label': label, class: 'tabs' });
  const panels = h('div', { class: 'tab-panels' });
  const built = new Set();
  const entries = items.map((it) => {
    const tab = h('button', {
      role: 'tab', type: 'button', id: `${idBase}-tab-${it.key}`, 'aria-controls': `${idBase}-panel-${it.key}`, class: 'tab',
    }, it.label);
    const panel = h('div', { role: 'tabpanel', id: `${idBase}-panel-${it.key}`, 'aria-labelledby': tab.id, tabindex: '0', class: 'tab-panel', hidden: true });
    tab.addEventListener('click', () => select(it.key));
    list.append(tab);
    panels.append(panel);
    return { ...it, tab, panel };
  });
  list.addEventListener('keydown', (e) => {
    const i = entries.findIndex((x) => x.tab === document.activeElement);
    if (i < 0) return;
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (step) { e.preventDefault(); entries[(i + step + entries.length) % entries.length].tab.focus(); }
  });
  function build(entry) {
    built.add(entry.key);
    const loader = h('p', { class: 'loading', role: 'status' }, loadingText);
    entry.panel.replaceChildren(loader);
    scope.later(delay, () => entry.panel.replaceChildren(entry.render()));
  }
  function select(key) {
    for (const x of entries) {
      const on = x.key === key;
      x.tab.setAttribute('aria-selected', String(on));
      x.tab.tabIndex = on ? 0 : -1;
      x.tab.classList.toggle('tab-active', on);
      x.panel.hidden = !on;
      if (on && !built.has(x.key)) build(x);
    }
    onSelect?.(key);
  }
  select(active ?? items[0].key);
  return { el: h('div', { class: 'tabs-wrap' }, list, panels), select };
}
