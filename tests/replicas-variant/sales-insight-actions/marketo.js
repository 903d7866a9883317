// Settings › Admin Settings › Marketo: tabs Connection, Set Up, User Access. Connect → connecting →
// connected (status, Munchkin ID, Client ID, secret "Set", who connected; Disconnect only for that admin,
// scenario mk-other-admin shows another admin's connection). Scenario mk-fails: the connection fails and
// the admin is sent to the Set Up tab (Munchkin ID, Client ID, Client Secret; "make sure no spaces").
import { h, later, replace } from '../shared/dom.js';
import { button, field, icon, tabs } from './kit.js';

const MUNCHKIN = /^\d{3}-[A-Z]{3}-\d{3}$/;

function connectedCard(ctx, draw) {
  const { t, store } = ctx;
  const { by, munchkin = '123-ABC-456' } = store.get().mk;
  const mine = by === 'Marketo Admin';
  return h('div', { class: 'Card_2w' },
    h('span', { class: 'Pill_1r Pill--positive_3', 'data-truth': 'sia.marketo.connected' }, icon('check'), t.mk.connected(munchkin)),
    h('dl', { class: 'Facts_6k' },
      h('dt', {}, t.mk.munchkin), h('dd', {}, munchkin),
      h('dt', {}, t.mk.clientId), h('dd', {}, 'a1b2c3d4-0000-4000-8000-1234567890ab'),
      h('dt', {}, t.mk.clientSecret), h('dd', {}, t.mk.secretSet),
      h('dt', {}, t.mk.connectedBy), h('dd', {}, by)),
    mine ? button({ label: t.mk.disconnect, variant: 'negative', onClick: () => (store.set({ mk: null }), draw()) }) : h('p', { class: 'Hint_2s' }, t.mk.onlyOwner));
}

function connectionTab(ctx, draw, openSetup) {
  const { t, store, scen } = ctx;
  if (store.get().mk) return connectedCard(ctx, draw);
  const area = h('div', {});
  const connect = button({ label: t.mk.connect, variant: 'cta', truth: 'sia.marketo.connect', onClick: async () => {
    replace(area, h('p', {}, t.mk.connecting));
    await later(700);
    if (scen.has('mk-fails')) {
      replace(area, h('div', { class: 'Callout--error_5', role: 'alert' }, h('strong', {}, t.mk.failed), h('p', {}, t.mk.failedHint),
        button({ label: t.mk.openSetup, onClick: openSetup })));
      return;
    }
    store.set({ mk: { by: 'Marketo Admin' } });
    draw();
  } });
  replace(area, connect);
  return h('div', { class: 'Card_2w' }, h('p', {}, t.mk.intro), area);
}

function setupTab(ctx, draw) {
  const { t, store } = ctx;
  const input = (name) => h('input', { type: name === 'secret' ? 'password' : 'text', autocomplete: 'off', spellcheck: 'false', class: 'Input_4d' });
  const munchkin = input('munchkin');
  const clientId = input('id');
  const secret = input('secret');
  const error = h('div', { role: 'alert', class: 'FieldError_1e' });
  return h('div', { class: 'Card_2w' }, h('p', {}, t.mk.setupIntro), h('div', { class: 'Note_0n' }, t.mk.noSpaces),
    field({ label: t.mk.munchkin, control: munchkin, truth: 'sia.marketo.setup.munchkin-id' }),
    field({ label: t.mk.clientId, control: clientId, truth: 'sia.marketo.setup.client-id' }),
    field({ label: t.mk.clientSecret, control: secret, truth: 'sia.marketo.setup.client-secret' }),
    error,
    button({ label: t.mk.save, variant: 'cta', onClick: () => {
      if (!MUNCHKIN.test(munchkin.value.trim()) || !clientId.value.trim() || !secret.value.trim()) return replace(error, t.mk.invalid);
      store.set({ mk: { by: 'Marketo Admin', munchkin: munchkin.value.trim() } });
      draw(0);
    } }));
}

/** The Marketo settings panel. */
export function marketoPanel(ctx, panel) {
  const { t } = ctx;
  let active = 0;
  const draw = (to = active) => {
    active = to;
    const body = active === 0 ? connectionTab(ctx, draw, () => draw(1)) : active === 1 ? setupTab(ctx, draw)
      : h('div', { class: 'Card_2w' }, h('p', {}, t.mk.accessIntro), h('p', {}, 'Marketo Admin'));
    replace(panel, h('h1', {}, t.mk.title),
      tabs({ titles: [t.mk.connectionTab, t.mk.setupTab, t.mk.accessTab], active, truths: [null, 'sia.marketo.setup-tab'], onSelect: (i) => draw(i) }),
      h('div', { role: 'tabpanel', class: 'TabPanel_5b' }, body));
  };
  draw();
}
