// Steps served: connect-salesforce.
// Admin Settings › Salesforce (#settings/crm/salesforce/configure).
// Step 2: tab "Connections & Customizations" › Connect › dialog › OK. OK hands
// over to the host (main.js), which leaves for the simulated Salesforce OAuth
// round trip; the page comes back connected: a "Connected" badge and a
// Disconnect button (data-action="disconnect").

import { h } from '../../shared/dom.js';
import { formatDateTime } from '../../shared/lang.js';
import { tabs, badge, busy } from '../widgets.js';
import { openDialog, dialogForm } from '../dialog.js';
import { pageHeader } from './simple.js';

function connectDialog({ t, ids, store, opts }, opener) {
  const ok = h('button', { type: 'submit', class: 'btn btn-primary', autofocus: true }, t('ok'));
  const dlg = openDialog({
    ids, title: t('sfDialogTitle'), closeLabel: t('close'), size: 'sm', returnFocus: opener,
    content: dialogForm({
      body: h('p', null, t('sfDialogText')),
      footer: [h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => dlg.close() }, t('cancel')), ok],
      onSubmit: () => {
        if (ok.disabled) return;
        busy(ok, t('connecting'));
        store.beginSalesforce();
        opts.onSalesforceAuth();
      },
    }),
  });
  return dlg;
}

function connectionCard(ctx) {
  const { t, ids, store, scope, lang } = ctx;
  const titleId = ids.x4('heading');
  const card = h('section', { class: 'card', 'aria-labelledby': titleId });
  const render = ({ salesforce: sf }) => {
    const button = sf
      ? h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'disconnect', onclick: () => store.disconnectSalesforce() }, t('disconnect'))
      : h('button', { type: 'button', class: 'btn btn-primary', 'data-provider': 'salesforce' }, t('connect'));
    if (!sf) button.addEventListener('click', () => scope.own(connectDialog(ctx, button).close));
    const hadFocus = card.contains(document.activeElement);
    card.replaceChildren(
      h('div', { class: 'card-head' },
        h('h2', { class: 'card-title', id: titleId }, t('sfConnTitle')),
        sf ? badge(t('statusConnected'), 'connected') : badge(t('statusNotConnected'), 'off')),
      h('p', null, sf ? t('sfConnectedAs', { user: sf.user, org: sf.org, when: formatDateTime(new Date(sf.at), lang) }) : t('sfConnectHint')),
      h('div', { class: 'card-actions' }, button));
    if (hadFocus) button.focus();
  };
  render(store.get());
  scope.own(store.subscribe(render));
  return card;
}

function customizationsCard({ t, ids, store, scope }) {
  const titleId = ids.x4('heading');
  const hint = h('p', { class: 'muted', id: ids.x4('hint') }, t('custNeedsConnection'));
  const boxes = ['custLogEmails', 'custSyncTasks'].map((key, i) => {
    const id = ids.x4('checkbox');
    const input = h('input', { type: 'checkbox', id, name: key, checked: i === 0, 'aria-describedby': hint.id });
    return { input, row: h('div', { class: 'check-row' }, input, h('label', { for: id }, t(key))) };
  });
  const update = ({ salesforce }) => {
    hint.hidden = Boolean(salesforce);
    for (const b of boxes) b.input.disabled = !salesforce;
  };
  update(store.get());
  scope.own(store.subscribe(update));
  return h('section', { class: 'card', 'aria-labelledby': titleId },
    h('h2', { class: 'card-title', id: titleId }, t('custTitle')), boxes.map((b) => b.row), hint);
}

export const salesforce = {
  title: ({ t }) => t('sfTitle'),
  render(ctx) {
    const { t, scope, delay } = ctx;
    const text = (key) => () => h('div', { class: 'card' }, h('p', null, t(key)));
    const tabBar = tabs({
      idBase: 'sf-settings', label: t('sfTitle'), delay, scope, loadingText: t('loading'),
      items: [
        { key: 'connections', label: t('tabConnections'), render: () => h('div', null, connectionCard(ctx), customizationsCard(ctx)) },
        { key: 'field-mapping', label: t('tabFieldMapping'), render: text('fieldMappingText') },
        { key: 'activity', label: t('tabActivity'), render: text('activityText') },
      ],
    });
    return h('div', { class: 'page' }, pageHeader(t('sfTitle')), tabBar.el);
  },
};
