// The Actions Config tab: Invite card (admin picker + Send Invite), Integration Information card (Client ID
// and Client Secret once the first invite activated the instance) and the Action Field Sync card.
// Each card sits in extra ExtJS 4 container wrappers; a change re-renders the cards (new ids).
import { h, NBSP, replace } from '../shared/dom.js';
import { ext3Button, ext3MessageBox, setExt3Disabled } from './ext3.js';
import { x41DisplayField, x41Panel } from './ext4.js';
import { adminPicker, MARKETO_ADMINS } from './admin-picker.js';
import { credentialsFor } from './credentials.js';
import { fieldSyncCard } from './field-sync.js';
import { glyph } from './shell.js';

const wrapped = (card) => h('div', { class: 'x4-container x4-column x4-box-item' }, h('div', { class: 'x4-box-inner' }, h('div', { class: 'x4-box-target' }, card)));

function inviteCard(ctx, refresh) {
  const { t, store, scen } = ctx;
  const { invited } = store.get();
  const pending = scen.has('invite-pending');
  const statusOf = (email) => (invited.includes(email) ? (pending ? t.invite.statusPending : t.invite.statusInvited) : '');
  let chosen = [];
  const send = ext3Button({
    label: [glyph('\ue612'), NBSP, t.invite.send], cls: 'mktButtonPositive mktsiSendInvite', disabled: true,
    onClick: () => {
      const names = MARKETO_ADMINS.filter((a) => chosen.includes(a.email)).map((a) => `${a.name} (${a.email})`).join(', ');
      store.set({ invited: [...store.get().invited, ...chosen] });
      ext3MessageBox({ title: t.invite.sentTitle, message: t.invite.sent(names), ok: t.invite.ok });
      refresh();
    },
  });
  const picker = adminPicker({ t, statusOf, onChange: (emails) => {
    chosen = emails;
    setExt3Disabled(send, emails.length === 0);
  } });
  picker.dataset.truth = 'marketo.invite.admin-picker';
  send.dataset.truth = 'marketo.invite.send';
  const waiting = pending ? MARKETO_ADMINS.filter((a) => invited.includes(a.email)).map((a) => a.name).join(', ') : '';
  return x41Panel({
    title: t.invite.card, cls: 'mktsiCard mktsiCard-invite',
    body: [
      h('p', { class: 'mktsiHint' }, t.invite.hint),
      waiting ? h('div', { class: 'mktsiInviteWarning x-form-invalid-tip' }, glyph('\ue613'), h('span', { class: 'mktsiWarningText' }, t.invite.pending(waiting))) : null,
      picker,
      h('div', { class: 'mktsiCardButtons' }, send),
    ],
  });
}

function integrationCard({ t, store, munchkinId }) {
  const active = store.get().invited.length > 0;
  const { clientId, clientSecret } = credentialsFor(munchkinId);
  return x41Panel({
    title: t.integration.card, cls: 'mktsiCard mktsiCard-integration',
    body: active
      ? [
          x41DisplayField({ label: t.integration.munchkin, value: munchkinId, cls: 'mktsiField-munchkinId' }),
          x41DisplayField({ label: t.integration.clientId, value: clientId, cls: 'mktsiField-clientId' }),
          x41DisplayField({ label: t.integration.clientSecret, value: clientSecret, cls: 'mktsiField-clientSecret' }),
        ]
      : [h('div', { class: 'mktsiEmpty' }, t.integration.empty)],
  });
}

/** The Actions Config tab's content; re-renders itself after an invite or a sync start. */
export function actionsConfig(ctx) {
  const root = h('div', { class: 'x4-container mktsiActionsConfig x4-column-layout-ct' });
  const refresh = () => replace(root, h('div', { class: 'x4-column-inner' },
    wrapped(inviteCard(ctx, refresh)), wrapped(integrationCard(ctx)), wrapped(fieldSyncCard(ctx, refresh))));
  refresh();
  return root;
}
