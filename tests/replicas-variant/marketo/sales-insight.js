// Admin › Sales Insight: tabs Overview (ExtJS 3 toolbar with Edit API Configuration / Edit Settings) and
// Actions Config (only when MSI Actions is enabled). The Actions Config tab renders late, under a mask.
import { h, later, replace } from '../shared/dom.js';
import { ext3Button, ext3Panel, ext3Toolbar } from './ext3.js';
import { x41Mask, x41TabBar } from './ext4.js';
import { actionsConfig } from './actions-config.js';

function overview({ t }) {
  const toolbar = ext3Toolbar([
    ext3Button({ label: t.si.editApi, iconCls: 'mkiEdit' }),
    h('span', { class: 'xtb-sep' }),
    ext3Button({ label: t.si.editSettings, iconCls: 'mkiSettings' }),
  ]);
  return ext3Panel({
    cls: 'mktsiOverview', tbar: toolbar,
    body: [h('p', {}, t.si.overviewText), h('div', { class: 'x-form-item' }, `${t.si.apiKey}: ${t.si.apiKeySet}`),
      h('div', { class: 'x-form-item' }, `${t.si.priority}: ✓`)],
  });
}

/** Renders the Sales Insight page into the canvas body. */
export function salesInsightPage(ctx, body) {
  const { t, scen } = ctx;
  const titles = scen.has('no-actions') ? [t.si.overview] : [t.si.overview, t.si.actionsConfig];
  const tabBody = h('div', { class: 'x4-panel-body mktsiTabBody' });
  const wrap = h('div', { class: 'x4-panel x4-tabpanel mktsiTabs' });
  let shown = 0;
  const select = async (index) => {
    shown = index;
    replace(wrap, x41TabBar({ titles, active: index, onSelect: select, truths: [null, 'marketo.sales-insight.actions-config-tab'] }), tabBody);
    if (index === 0) {
      replace(tabBody, overview(ctx), scen.has('no-actions') ? h('div', { class: 'mktsiNoActions' }, t.si.noActions) : null);
      return;
    }
    replace(tabBody);
    const unmask = x41Mask(tabBody, ctx.t.loading);
    await later(Math.round(ctx.delay / 2));
    if (shown !== index) return;
    unmask();
    tabBody.append(actionsConfig(ctx));
  };
  body.append(h('div', { class: 'mktsiPage' }, wrap));
  select(0);
}
