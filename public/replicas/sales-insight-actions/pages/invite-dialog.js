// Steps served: invite-users.
// "Invite Users": e-mail addresses (labelled textarea), optional team
// (default Everyone / Alle), "Invite". The dialog then shows the confirmation
// (role=status, class alert-success: the guide's evidence) and "OK" closes it.

import { h } from '../../shared/dom.js';
import { formatList } from '../../shared/lang.js';
import { openDialog, dialogForm } from '../dialog.js';
import { busy } from '../widgets.js';
import { TEAMS, teamLabel } from '../store.js';
import { EMAIL_RE } from '../csv.js';

// The simulated server call.
const inviteMs = (delay) => Math.min(1000, Math.max(200, delay));

/**
 * The confirmation step shared by both invite dialogs. The status element is
 * inserted empty and filled a tick later, so screen readers announce it.
 */
export function confirmation({ t, scope, lang }, { added, existing }, close) {
  const status = h('div', { class: 'alert alert-success', role: 'status' });
  scope.later(0, () => { status.textContent = added.length === 1 ? t('sentOne') : t('sentMany', { n: added.length }); });
  return dialogForm({
    body: [status, existing.length ? h('p', { class: 'muted' }, t('alreadyMembers', { list: formatList(existing, lang) })) : null],
    footer: h('button', { type: 'button', class: 'btn btn-primary', autofocus: true, onclick: () => close() }, t('ok')),
  });
}

export function openInviteDialog(ctx, opener) {
  const { t, ids, store, scope, delay, lang } = ctx;
  const emailsId = ids.x4('textarea');
  const teamId = ids.x4('select');
  const hintId = ids.x4('hint');
  const teamHintId = ids.x4('hint');
  const emails = h('textarea', { id: emailsId, name: 'emails', rows: '4', class: 'input', 'aria-describedby': hintId, autocomplete: 'off', spellcheck: 'false' });
  const team = h('select', { id: teamId, name: 'team', class: 'input', 'aria-describedby': teamHintId },
    TEAMS.map((tm) => h('option', { value: tm, selected: tm === 'everyone' }, teamLabel(t, tm))));
  const error = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('inviteBtn'));
  const fail = (text) => { error.textContent = text; error.hidden = false; emails.setAttribute('aria-invalid', 'true'); emails.focus(); };

  const form = dialogForm({
    body: [
      h('div', { class: 'field' },
        h('label', { for: emailsId, class: 'field-label' }, t('emailsLabel')), emails,
        h('p', { id: hintId, class: 'field-hint' }, t('emailsHint'))),
      h('div', { class: 'field' },
        h('label', { for: teamId, class: 'field-label' }, t('teamLabel')), team,
        h('p', { id: teamHintId, class: 'field-hint' }, t('teamHint'))),
      error,
    ],
    footer: [h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => dlg.close() }, t('cancel')), submit],
    onSubmit: () => {
      if (submit.disabled) return;
      error.hidden = true;
      emails.removeAttribute('aria-invalid');
      const list = emails.value.split(/[\s,;]+/).filter(Boolean);
      if (!list.length) return fail(t('errNoEmails'));
      const bad = list.filter((e) => !EMAIL_RE.test(e));
      if (bad.length) return fail(t('errBadEmails', { list: formatList(bad, lang) }));
      const done = busy(submit, t('inviting'));
      scope.later(inviteMs(delay), () => {
        done();
        const result = store.invite(list.map((email) => ({ email, team: team.value })));
        if (!dlg.open) return;
        if (!result.added.length) return fail(t('errAllExisting'));
        dlg.setContent(confirmation(ctx, result, () => dlg.close()));
      });
    },
  });
  const dlg = openDialog({ ids, title: t('invite'), closeLabel: t('close'), content: form, returnFocus: opener });
  return dlg;
}
