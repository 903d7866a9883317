// Steps served: setup-sales-account (and prereq-msi-enabled: the tab exists).
// The Actions Config tab: (a) invite Marketo admins, (b) the Integration
// Information card (Client ID / Client Secret appear after the first invite
// activates the instance), (c) the Action Field Sync card. Views follow the
// store: every state change updates the cards in place (same elements/ids).

import { h } from '../../shared/dom.js';
import { formatDateTime, formatList } from '../../shared/lang.js';
import { ADMINS } from '../store.js';
import { openSyncWindow } from '../sync-window.js';

const valueOf = (row) => row.querySelector('.x4-form-display-field');

function inviteCard({ t, ext, ids, store, scope, opts, lang }) {
  const selected = new Set();
  const rows = ADMINS.map((a) => {
    const box = ext.checkbox4(`${a.name} (${a.email})`, {
      onChange: (on) => { if (on) selected.add(a.id); else selected.delete(a.id); refreshButton(); },
    });
    const tag = h('span', { class: 'mkt-tag mkt-tag-invited', hidden: true }, t('invited'));
    return { a, box, tag, el: h('div', { class: 'mkt-admin-row', id: ids.gen() }, box, tag) };
  });
  let sending = false;
  const send = ext.btn4(t('sendInvite'), { primary: true, disabled: true, onClick: () => {
    const chosen = [...selected];
    sending = true;
    ext.setText4(send, t('sending'));
    refreshButton();
    // The real call takes a moment; the result is what the guide checks for.
    scope.later(Math.min(600, opts.delay), () => {
      const invited = store.invite(chosen);
      selected.clear();
      sending = false;
      ext.setText4(send, t('sendInvite'));
      notice.textContent = t('inviteSent', { names: formatList(invited.map((a) => `${a.name} (${a.email})`), lang) });
      notice.classList.add('mkt-notice-success');
    });
  } });
  const refreshButton = () => ext.setDisabled4(send, sending || selected.size === 0);
  // role=status exists before the message so screen readers announce it.
  const notice = h('div', { id: ids.x4('messagebox'), class: 'x4-message-box mkt-notice', role: 'status' });

  const update = (state) => rows.forEach(({ a, box, tag }) => {
    const done = state.invited.includes(a.id);
    tag.hidden = !done;
    box.classList.toggle('x4-item-disabled', done);
    box.querySelector('input').disabled = done;
    if (done) { box.classList.remove('x4-form-cb-checked'); selected.delete(a.id); }
    refreshButton();
  });
  const el = ext.panel4(t('inviteTitle'),
    h('p', { class: 'mkt-card-text' }, t('inviteHint')),
    h('div', { class: 'mkt-admin-list', id: ids.gen() }, rows.map((r) => r.el)),
    h('div', { class: 'mkt-card-buttons' }, send),
    notice);
  return { el, update };
}

// The top card: what the feature is and whether the instance is activated.
function aboutCard({ t, ext }) {
  const status = ext.displayField(t('aboutStatus'), '');
  const update = (state) => {
    const v = valueOf(status);
    v.textContent = t(state.credentials ? 'aboutActive' : 'aboutInactive');
    v.className = `x4-form-display-field ${state.credentials ? 'mkt-status-enabled' : 'mkt-status-disabled'}`;
  };
  return { el: ext.panel4(t('aboutTitle'), h('p', { class: 'mkt-card-text' }, t('aboutText')), h('div', { class: 'x4-form' }, status)), update };
}

function integrationCard({ t, ext, opts }) {
  const hint = h('div', { class: 'mkt-hint' }, t('activateHint'));
  const munchkin = ext.displayField(t('munchkinId'), opts.munchkinId);
  const clientId = ext.displayField(t('clientId'), '');
  const secret = ext.displayField(t('clientSecret'), '');
  for (const row of [munchkin, clientId, secret]) valueOf(row).classList.add('mkt-mono');
  const update = (state) => {
    hint.hidden = Boolean(state.credentials);
    valueOf(clientId).textContent = state.credentials?.clientId ?? '';
    valueOf(secret).textContent = state.credentials?.clientSecret ?? '';
  };
  return { el: ext.panel4(t('integrationTitle'), hint, h('div', { class: 'x4-form' }, munchkin, clientId, secret)), update };
}

function syncCard({ t, ext, opts, ids, scope, store, lang }) {
  const status = ext.displayField(t('afsStatus'), '');
  const last = ext.displayField(t('afsLastSync'), '');
  const syncBtn = ext.btn4(t('afsSync'), { onClick: () => {
    const win = openSyncWindow({ t, ext, ids, parent: opts.floatParent, onStart: () => store.startSync(), returnFocus: syncBtn });
    scope.own(win.close); // navigating away closes the window, as Marketo does
  } });
  const update = ({ sync }) => {
    const v = valueOf(status);
    v.textContent = t({ none: 'afsNone', running: 'afsRunning', done: 'afsDone' }[sync.status]);
    v.className = `x4-form-display-field mkt-sync-status mkt-sync-${sync.status}`;
    valueOf(last).textContent = sync.doneAt ? formatDateTime(new Date(sync.doneAt), lang) : '—';
    ext.setDisabled4(syncBtn, sync.status === 'running');
  };
  const el = ext.panel4(t('afsTitle'),
    h('p', { class: 'mkt-card-text' }, t('afsText')),
    h('div', { class: 'x4-form' }, status, last),
    h('div', { class: 'mkt-card-buttons' }, syncBtn));
  return { el, update };
}

export function actionsConfig(ctx) {
  const cards = [aboutCard(ctx), inviteCard(ctx), integrationCard(ctx), syncCard(ctx)];
  const update = (state) => cards.forEach((c) => c.update(state));
  update(ctx.store.get());
  ctx.scope.own(ctx.store.subscribe(update));
  return h('div', { id: ctx.ids.x4('container'), class: 'mkt-actions-config' }, cards.map((c) => c.el));
}
