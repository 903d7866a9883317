// Modal dialogs (role=dialog, aria-modal=true), rendered into <body> over a
// backdrop like the real app's portal-based modals. Focus is trapped inside,
// Escape and the close button dismiss, focus returns to the opener.

import { h } from '../shared/dom.js';
import { icon } from './widgets.js';

const stack = [];
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * @param {object} o
 * @param {object} o.ids          id generator
 * @param {string} o.title
 * @param {string} o.closeLabel   accessible name of the × button
 * @param {Node} o.content        body (usually a form holding .dialog-body and .dialog-footer)
 * @param {string} [o.size]       'sm' | 'md' | 'lg'
 * @param {HTMLElement} [o.returnFocus]
 * @param {() => void} [o.onClose]
 */
export function openDialog({ ids, title, closeLabel, content, size = 'md', returnFocus, onClose }) {
  const titleId = ids.x4('dialog-title');
  const closeBtn = h('button', { type: 'button', class: 'dialog-close', 'aria-label': closeLabel, onclick: () => close() }, icon('close'));
  const box = h('div', { class: 'dialog-slot' });
  const dlg = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, class: `dialog dialog-${size}`, tabindex: '-1' },
    h('div', { class: 'dialog-header' }, h('h2', { id: titleId, class: 'dialog-title' }, title), closeBtn),
    box);
  const backdrop = h('div', { class: 'dialog-backdrop' }, dlg);
  const app = document.querySelector('.sia-app');

  function setContent(node) {
    box.replaceChildren(node);
    (box.querySelector('[autofocus]') ?? box.querySelector(FOCUSABLE) ?? dlg).focus();
  }
  const onKey = (e) => {
    if (stack[stack.length - 1] !== api) return;
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); return; }
    if (e.key !== 'Tab') return;
    const items = [...dlg.querySelectorAll(FOCUSABLE)].filter((el) => el.getClientRects().length);
    if (!items.length) { e.preventDefault(); return; }
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && (document.activeElement === first || !dlg.contains(document.activeElement))) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  };
  function close() {
    if (!backdrop.isConnected) return;
    backdrop.remove();
    stack.splice(stack.indexOf(api), 1);
    document.removeEventListener('keydown', onKey, true);
    if (!stack.length) app?.removeAttribute('inert');
    onClose?.();
    if (returnFocus?.isConnected) returnFocus.focus();
  }

  const api = { el: dlg, setContent, close, get open() { return backdrop.isConnected; } };
  document.body.append(backdrop);
  // The page behind is inert while the modal is open, as aria-modal promises.
  app?.setAttribute('inert', '');
  stack.push(api);
  document.addEventListener('keydown', onKey, true);
  setContent(content);
  return api;
}

/** Standard dialog form: body, optional error slot, footer buttons. */
export function dialogForm({ onSubmit, body, footer }) {
  const form = h('form', { class: 'dialog-form', novalidate: true },
    h('div', { class: 'dialog-body' }, body),
    h('div', { class: 'dialog-footer' }, footer));
  form.addEventListener('submit', (e) => { e.preventDefault(); onSubmit?.(form); });
  return form;
}
