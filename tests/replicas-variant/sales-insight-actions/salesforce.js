// Settings › Admin Settings › Salesforce. Connections & Customizations: choose the CRM (a Salesforce tile,
// as Adobe's step page describes: "click Salesforce, then Connect"), Connect, a confirmation dialog (OK),
// a short connecting state, then the connected state. Only the admin who connected sees Disconnect; another
// admin sees the connected status and who connected (scenario sf-other-admin). Scenario auth-error: the
// documented "We were unable to authenticate your request" page instead of the connection.
import { h, later, replace } from '../shared/dom.js';
import { button, dialog, icon, tabs } from './kit.js';

function connected(ctx, rerender) {
  const { t, store } = ctx;
  const { by } = store.get().sf;
  const mine = by === 'Marketo Admin';
  return h('div', { class: 'Card_2w' },
    h('span', { class: 'Pill_1r Pill--positive_3', 'data-truth': 'sia.salesforce.connected' }, icon('check'), t.sf.connectedAs('admin@acme.example')),
    h('dl', { class: 'Facts_6k' }, h('dt', {}, t.sf.org), h('dd', {}, 'acme.my.salesforce.com'), h('dt', {}, t.sf.connectedBy), h('dd', {}, by)),
    mine ? button({ label: t.sf.disconnect, variant: 'negative', onClick: () => (store.set({ sf: null }), rerender()) }) : null);
}

function authError(ctx, rerender) {
  const { t } = ctx;
  return h('div', { class: 'Callout--error_5', role: 'alert' }, h('strong', {}, t.sf.authError), h('p', {}, t.sf.authErrorHint),
    button({ label: t.sf.retry, onClick: () => rerender() }));
}

function chooser(ctx, rerender) {
  const { t, store, scen } = ctx;
  let chosen = false;
  const connectArea = h('div', { class: 'ConnectArea_3s' });
  const sfTile = h('button', { type: 'button', class: 'Tile_9f', 'aria-pressed': 'false', 'data-truth': 'sia.salesforce.choose-crm', onclick: () => {
    chosen = true;
    sfTile.setAttribute('aria-pressed', 'true');
    replace(connectArea, h('p', {}, t.sf.intro), button({ label: t.sf.connect, variant: 'cta', truth: 'sia.salesforce.connect', onClick: confirm }));
  } }, icon('cloud'), h('span', {}, t.sf.salesforce));
  const msTile = h('button', { type: 'button', class: 'Tile_9f', disabled: true }, icon('cloud'), h('span', {}, t.sf.dynamics), h('small', {}, t.sf.unavailable));
  function confirm() {
    if (!chosen) return;
    const d = dialog({
      title: t.sf.confirmTitle,
      content: [h('p', {}, t.sf.confirm), h('fieldset', { class: 'Env_2k' }, h('legend', {}, t.sf.environment),
        h('label', {}, h('input', { type: 'radio', name: 'sf-env', checked: true }), ' ', t.sf.production),
        h('label', {}, h('input', { type: 'radio', name: 'sf-env' }), ' ', t.sf.sandbox))],
      buttons: [
        button({ label: t.sf.cancel, onClick: () => d.close() }),
        button({ label: t.sf.ok, variant: 'cta', truth: 'sia.salesforce.confirm-ok', onClick: async () => {
          d.close();
          replace(connectArea, h('p', { class: 'Connecting_8a' }, t.sf.connecting));
          await later(800);
          if (scen.has('auth-error')) return replace(connectArea, authError(ctx, rerender));
          store.set({ sf: { by: 'Marketo Admin' } });
          rerender();
        } }),
      ],
    });
  }
  return h('div', { class: 'Card_2w' }, h('h2', {}, t.sf.chooseCrm), h('div', { class: 'Tiles_5v' }, sfTile, msTile), connectArea);
}

/** The Salesforce settings panel. */
export function salesforcePanel(ctx, panel) {
  const { t, store } = ctx;
  let active = 0;
  const draw = () => {
    const body = active === 0
      ? (store.get().sf ? connected(ctx, draw) : chooser(ctx, draw))
      : h('div', { class: 'Card_2w' }, h('p', {}, active === 1 ? t.sf.syncText : t.sf.diagnostics));
    replace(panel, h('h1', {}, t.sf.title),
      tabs({ titles: [t.sf.connections, t.sf.sync, t.sf.diagnostics], active, truths: ['sia.salesforce.connections-tab'], onSelect: (i) => ((active = i), draw()) }),
      h('div', { role: 'tabpanel', class: 'TabPanel_5b' }, body));
  };
  draw();
}
