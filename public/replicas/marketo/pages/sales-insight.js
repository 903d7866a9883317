// Steps served: prereq-msi-enabled, setup-sales-account, start-data-sync.
// Admin › Sales Insight: ExtJS 3 toolbar ("Edit API Configuration",
// "Edit Settings") over an ExtJS 4 tab panel with "Overview" and — when MSI
// Actions is enabled for the account (prerequisite P1) — "Actions Config".
// Switching tabs re-renders the tab body; Actions Config loads late, behind a
// load mask, like the real panel.

import { h } from '../../shared/dom.js';
import { createScope } from '../../shared/timing.js';
import { tabBar4 } from '../tabs.js';
import { actionsConfig } from './actions-config.js';

function overview({ t, ext, opts }) {
  return ext.panel4(t('ovPanel'), h('div', { class: 'x4-form' },
    ext.displayField(t('ovApiKey'), '••••••••••••'),
    ext.displayField(t('ovSfStatus'), opts.features.sfSync ? t('sfEnabled') : t('sfDisabled')),
    ext.displayField(t('ovEmailAddin'), t('sfEnabled')),
    opts.features.actionsConfig ? ext.displayField(t('ovActions'), t('ovActionsOn')) : null));
}

export function salesInsight(ctx) {
  const { t, ext, ids, opts, scope } = ctx;
  const titles = [t('tabOverview')];
  if (opts.features.actionsConfig) titles.push(t('tabActions'));

  const body = h('div', { id: ids.gen(), class: 'x4-panel-body x4-tabpanel-body mkt-si-tabbody', role: 'tabpanel' });
  let current = -1;
  let tabScope = createScope();
  scope.own(() => tabScope.dispose());

  const select = (i) => {
    if (i === current) return;
    current = i;
    bar.setActive(i);
    body.setAttribute('aria-labelledby', bar.tabs[i].id);
    tabScope.dispose();
    tabScope = createScope();
    body.replaceChildren();
    if (i === 0) { body.append(overview(ctx)); return; }
    const unmask = ext.mask(body, t('loading'));
    const sub = tabScope;
    sub.later(opts.delay, () => {
      unmask();
      body.append(actionsConfig({ ...ctx, scope: sub }));
    });
  };
  const bar = tabBar4(ids, titles, select);
  select(opts.siTab === 'actions' && opts.features.actionsConfig ? 1 : 0);

  return h('div', { id: ids.comp(), class: 'mkt-si-page' },
    ext.toolbar3(ext.btn3(t('editApi')), ext.btn3(t('editSettings'))),
    h('div', { id: ids.x4('tabpanel'), class: 'x4-panel x4-tabpanel mkt-si-tabs' }, bar.el, body));
}
