// Small design-system widgets of the variant Sales Insight Actions replica. Class names carry build hashes
// (Btn_0k, Tabs_3e) the way CSS-module apps ship them; ids are generated per render (uid()).
import { h, svg } from '../shared/dom.js';
import { uid } from '../shared/ids.js';

const PATHS = {
  gear: 'M9 1h2l.4 2.2 1.6.7 1.9-1.3 1.4 1.4-1.3 1.9.7 1.6L18 9v2l-2.2.4-.7 1.6 1.3 1.9-1.4 1.4-1.9-1.3-1.6.7L11 18H9l-.4-2.2-1.6-.7-1.9 1.3-1.4-1.4 1.3-1.9-.7-1.6L2 11V9l2.2-.4.7-1.6-1.3-1.9 1.4-1.4 1.9 1.3 1.6-.7z',
  bell: 'M10 2a5 5 0 0 1 5 5v4l2 3H3l2-3V7a5 5 0 0 1 5-5zm-2 14h4a2 2 0 0 1-4 0z',
  help: 'M10 1a9 9 0 1 1 0 18 9 9 0 0 1 0-18zm0 13a1 1 0 1 0 0 2 1 1 0 0 0 0-2zm0-9a3 3 0 0 0-3 3h2a1 1 0 1 1 1 1 1 1 0 0 0-1 1v2h2v-1a3 3 0 0 0-1-6z',
  chevron: 'M5 7l5 5 5-5z',
  dot: 'M10 6a4 4 0 1 1 0 8 4 4 0 0 1 0-8z',
  check: 'M4 10l4 4 8-8-1.5-1.5L8 11 5.5 8.5z',
  alert: 'M10 2l9 16H1zm-1 6v4h2V8zm0 6v2h2v-2z',
  cloud: 'M6 16a4 4 0 0 1 0-8 5 5 0 0 1 9.6 1.4A3.3 3.3 0 0 1 15 16z',
};

/** An icon: decorative SVG, hidden from assistive technology. */
export const icon = (name) => svg('svg', { viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false', class: `Icon_${name}` }, svg('path', { d: PATHS[name] }));

/** Text only screen readers get (the icon buttons' names). */
export const srOnly = (text) => h('span', { class: 'visually-hidden' }, text);

/** A design-system button; variant 'cta' | 'secondary' | 'negative'. */
export function button({ label, variant = 'secondary', onClick, disabled = false, truth, extra = {} }) {
  const cls = `Btn_0k Btn--${variant}_${variant === 'cta' ? 1 : variant === 'negative' ? 2 : 0}`;
  return h('button', { type: 'button', class: cls, disabled, onclick: onClick, 'data-truth': truth, ...extra }, h('span', { class: 'Btn-label_9q' }, label));
}

/**
 * A tab list: role="tablist" with button tabs, aria-selected on the active one. onSelect(index).
 * `truths` names the oracle key of each tab (or null).
 */
export function tabs({ titles, active, onSelect, truths = [] }) {
  const list = h('div', { role: 'tablist', class: 'Tabs_3e', 'aria-orientation': 'horizontal' });
  titles.forEach((title, i) => {
    list.append(h('button', {
      type: 'button', role: 'tab', id: uid('tab'), 'aria-selected': String(i === active), tabindex: i === active ? '0' : '-1',
      class: `Tab_1x${i === active ? ' is-selected' : ''}`, 'data-truth': truths[i] ?? null, onclick: () => i !== active && onSelect(i),
    }, h('span', { class: 'Tab-label_0v' }, title)));
  });
  return list;
}

/** A label/field pair: <label for> and the control, with an optional hint; `truth` marks the control. */
export function field({ label, control, hint, truth }) {
  const id = uid('field');
  control.id = id;
  if (truth) control.dataset.truth = truth;
  return h('div', { class: 'Field_8j' }, h('label', { for: id, class: 'FieldLabel_2k' }, label), control, hint ? h('span', { class: 'Hint_2s' }, hint) : null);
}

/**
 * A modal dialog on an underlay: role `role` ('dialog' | 'alertdialog'), named by its heading. Returns
 * { el, close, body }; closing removes it.
 */
export function dialog({ title, role = 'dialog', content, buttons, truthTitle, cls = '' }) {
  const headingId = uid('heading');
  const body = h('div', { class: 'Dialog-content_3r' }, content);
  const box = h('section', { role, 'aria-modal': 'true', 'aria-labelledby': headingId, class: `Dialog_7p ${cls}`.trim() },
    h('h2', { id: headingId, class: 'Heading_5a', 'data-truth': truthTitle }, title), body, h('div', { class: 'ButtonGroup_2z' }, buttons));
  const el = h('div', { class: 'Underlay_1u' }, box);
  document.body.append(el);
  return { el, box, body, close: () => el.remove() };
}

/** A load mask over `host` until the returned function is called. */
export function loader(host, text) {
  const el = h('div', { class: 'Loader_4h', role: 'progressbar', 'aria-label': text, 'aria-busy': 'true' }, h('span', {}, text));
  host.append(el);
  return () => el.remove();
}
