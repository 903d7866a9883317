// Steps served: connect-marketo (the Set Up tab fallback).
// The Marketo "Set Up" tab: paste Munchkin ID, Client ID and Client Secret
// (from Marketo Admin › Sales Insight › Actions Config) and Save. Stable
// `name`s (munchkinId, clientId, clientSecret) and <label for> on purpose: the
// extension attaches its credential checker to these fields.
// Validation is strict, like a server that tries the credentials: nothing is
// trimmed, so a pasted space or a lower-case Munchkin ID is rejected.

import { h } from '../../shared/dom.js';
import { busy } from '../widgets.js';

export const SHAPES = {
  munchkinId: /^\d{3}-[A-Z]{3}-\d{3}$/,
  clientId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  clientSecret: /^[A-Za-z0-9]{32}$/,
};
const ERRORS = { munchkinId: 'errMunchkin', clientId: 'errClientId', clientSecret: 'errSecret' };

function field({ t, ids }, name, labelKey, { type = 'text', placeholder, value } = {}) {
  const id = ids.x4('input');
  const errId = `${id}-error`;
  const input = h('input', {
    id, name, type, class: 'input', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off', placeholder, value,
  });
  const error = h('p', { id: errId, class: 'field-error', hidden: true });
  const setError = (msgKey) => {
    error.hidden = !msgKey;
    error.textContent = msgKey ? t(msgKey) : '';
    if (msgKey) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errId);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };
  let control = input;
  let conceal = () => {};
  if (type === 'password') {
    const toggle = h('button', { type: 'button', class: 'btn btn-secondary btn-sm', 'aria-controls': id, 'aria-label': t('showSecret') }, t('show'));
    const setShown = (shown) => {
      input.type = shown ? 'text' : 'password';
      toggle.textContent = t(shown ? 'hide' : 'show');
      toggle.setAttribute('aria-label', t(shown ? 'hideSecret' : 'showSecret'));
    };
    toggle.addEventListener('click', () => setShown(input.type === 'password'));
    conceal = () => setShown(false);
    control = h('div', { class: 'input-group' }, input, toggle);
  }
  return { input, setError, conceal, el: h('div', { class: 'field' }, h('label', { for: id, class: 'field-label' }, t(labelKey)), control, error) };
}

export function setupForm(ctx) {
  const { t, store, scope, delay } = ctx;
  const saved = store.get().marketo;
  const fields = {
    munchkinId: field(ctx, 'munchkinId', 'munchkinId', { placeholder: '123-ABC-456', value: saved?.munchkinId }),
    clientId: field(ctx, 'clientId', 'clientId', { value: saved?.clientId ?? undefined }),
    clientSecret: field(ctx, 'clientSecret', 'clientSecret', { type: 'password' }),
  };
  const formError = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true }, t('errSetup'));
  const note = h('p', { class: 'form-note', role: 'status' });
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, t('save'));
  const form = h('form', { class: 'card form', novalidate: true },
    h('p', null, t('setupIntro')),
    Object.values(fields).map((f) => f.el),
    formError,
    h('div', { class: 'card-actions' }, save),
    note);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (save.disabled) return;
    note.textContent = '';
    const bad = Object.entries(fields).filter(([name, f]) => !SHAPES[name].test(f.input.value));
    for (const [name, f] of Object.entries(fields)) f.setError(bad.some(([n]) => n === name) ? ERRORS[name] : null);
    formError.hidden = bad.length === 0;
    if (bad.length) { bad[0][1].input.focus(); return; }
    const done = busy(save, t('saving'));
    scope.later(Math.min(1200, Math.max(300, delay)), () => {
      done();
      store.connectMarketo({ munchkinId: fields.munchkinId.input.value, clientId: fields.clientId.input.value, via: 'setup' });
      // The secret is not shown again once saved.
      fields.clientSecret.input.value = '';
      fields.clientSecret.conceal();
      note.textContent = t('setupSaved');
    });
  });
  return form;
}
