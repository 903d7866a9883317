// Steps served: connect-marketo.
// Admin Settings › Marketo (#settings/admin/marketo, old: #settings/marketo-admin).
// Step 3: "Connect" connects (connected: badge + Disconnect). With
// ?marketoConnect=fail it fails with a message pointing to the "Set Up" tab,
// whose form (marketo-setup.js) connects with pasted credentials. The status
// card sits above the tabs, so the connected state shows whichever tab is open.

import { h } from '../../shared/dom.js';
import { formatDateTime } from '../../shared/lang.js';
import { tabs, badge, busy } from '../widgets.js';
import { pageHeader } from './simple.js';
import { setupForm } from './marketo-setup.js';

// How long the (simulated) Connect call takes.
const connectMs = (delay) => Math.min(1500, Math.max(300, delay));

function statusCard(ctx, showSetup) {
  const { t, ids, store, scope, lang, opts, delay } = ctx;
  const titleId = ids.x4('heading');
  const card = h('section', { class: 'card', 'aria-labelledby': titleId });
  let failed = false;
  const render = ({ marketo: mk }) => {
    let button;
    if (mk) {
      button = h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'disconnect', onclick: () => store.disconnectMarketo() }, t('disconnect'));
    } else {
      button = h('button', { type: 'button', class: 'btn btn-primary', 'data-provider': 'marketo' }, t('connect'));
      button.addEventListener('click', () => {
        failed = false;
        error.hidden = true;
        busy(button, t('connecting'));
        scope.later(connectMs(delay), () => {
          if (!opts.marketoFail) { store.connectMarketo(); return; }
          failed = true;
          render(store.get());
        });
      });
    }
    // role=alert: inserted only when Connect failed, so it is announced then.
    const error = h('div', { class: 'alert alert-danger', role: 'alert', hidden: !failed || Boolean(mk) },
      h('p', null, t('mkConnectFailed')),
      h('button', { type: 'button', class: 'btn-link', onclick: showSetup }, t('tabSetup')));
    const hadFocus = card.contains(document.activeElement);
    // replaceChildren would print a null as "null": drop the parts not shown.
    card.replaceChildren(...[
      h('div', { class: 'card-head' },
        h('h2', { class: 'card-title', id: titleId }, t('mkConnTitle')),
        mk ? badge(t('statusConnected'), 'connected') : badge(t('statusNotConnected'), 'off')),
      h('p', null, mk ? t('mkConnectedAs', { munchkin: mk.munchkinId, user: mk.by, when: formatDateTime(new Date(mk.at), lang) }) : t('mkConnectHint')),
      mk ? h('p', { class: 'muted' }, t('mkOnlyOwner')) : null,
      error,
      h('div', { class: 'card-actions' }, button)].filter(Boolean));
    if (hadFocus) button.focus();
  };
  render(store.get());
  scope.own(store.subscribe(render));
  return card;
}

export const marketo = {
  title: ({ t }) => t('mkTitle'),
  render(ctx) {
    const { t, scope, delay } = ctx;
    let tabBar = null;
    const card = statusCard(ctx, () => { tabBar.select('setup'); document.getElementById('marketo-settings-tab-setup')?.focus(); });
    tabBar = tabs({
      idBase: 'marketo-settings', label: t('mkTitle'), delay, scope, loadingText: t('loading'),
      items: [
        { key: 'overview', label: t('tabOverview'), render: () => h('div', { class: 'card' }, h('p', null, t('mkOverviewText'))) },
        { key: 'setup', label: t('tabSetup'), render: () => setupForm(ctx) },
      ],
    });
    return h('div', { class: 'page' }, pageHeader(t('mkTitle')), card, tabBar.el);
  },
};
