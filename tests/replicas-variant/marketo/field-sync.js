// The Action Field Sync card: Sync (a 4.2-style anchor button) opens a 4.1 window previewing the fixed
// synced fields; Start Sync (a 4.1 div button) starts the sync; the card then shows its status.
import { h, NBSP } from '../shared/dom.js';
import { x41Button, x41Panel, x41Window, x42Button } from './ext4.js';
import { glyph } from './shell.js';

const RUNNING_MS = 8000;

function status({ t, store, lang }, refresh) {
  const { syncStartedAt } = store.get();
  if (!syncStartedAt) return h('div', { class: 'mktsiSyncStatus mktsiSync-none' }, glyph('\ue614'), NBSP, t.fieldSync.notSynced);
  const left = syncStartedAt + RUNNING_MS - Date.now();
  const running = left > 0;
  if (running) setTimeout(refresh, left + 100);
  const time = new Date(syncStartedAt).toLocaleTimeString(lang === 'de' ? 'de-DE' : 'en-US', { hour: '2-digit', minute: '2-digit' });
  return h('div', { class: `mktsiSyncStatus ${running ? 'mktsiSync-running' : 'mktsiSync-done'}` },
    glyph(running ? '\ue615' : '\ue616'), NBSP, running ? t.fieldSync.running : t.fieldSync.done, ` (${t.fieldSync.since(time)})`);
}

function preview(ctx, refresh) {
  const { t, store } = ctx;
  const rows = t.fieldSync.fields.map((field, i) => h('tr', { class: `x4-grid-row${i % 2 ? ' x4-grid-row-alt' : ''}` },
    h('td', { class: 'x4-grid-cell x4-grid-cell-first' }, h('div', { class: 'x4-grid-cell-inner' }, field))));
  const list = h('div', { class: 'x4-grid x4-panel mktsiSyncFields' },
    h('div', { class: 'x4-grid-header-ct' }, h('div', { class: 'x4-column-header' }, h('span', { class: 'x4-column-header-text' }, t.fieldSync.field))),
    h('div', { class: 'x4-grid-view' }, h('table', { class: 'x4-grid-table', cellspacing: '0' }, h('tbody', {}, rows))));
  let dialog;
  const cancel = x41Button({ label: t.fieldSync.cancel, onClick: () => dialog.close() });
  const start = x41Button({
    label: t.fieldSync.start, cls: 'mktButtonPositive mktsiStartSync',
    onClick: () => {
      store.set({ syncStartedAt: Date.now() });
      dialog.close();
      refresh();
    },
  });
  start.dataset.truth = 'marketo.action-field-sync.start-sync';
  dialog = x41Window({
    title: t.fieldSync.previewTitle, cls: 'mktsiSyncPreview',
    body: [h('p', {}, t.fieldSync.previewIntro), list, h('p', { class: 'mktsiSyncNote' }, glyph('\ue617'), NBSP, t.fieldSync.note)],
    buttons: [h('div', { class: 'x4-toolbar-fill' }), cancel, start],
  });
}

/** The card; Sync is disabled until the first invite activated the instance. */
export function fieldSyncCard(ctx, refresh) {
  const { t, store } = ctx;
  const active = store.get().invited.length > 0;
  const sync = x42Button({ label: t.fieldSync.sync, iconCls: 'mkiSync', cls: 'mktsiSyncButton', disabled: !active, onClick: () => preview(ctx, refresh) });
  sync.dataset.truth = 'marketo.action-field-sync.sync';
  return x41Panel({
    title: t.fieldSync.card, cls: 'mktsiCard mktsiCard-fieldsync',
    body: [h('p', {}, t.fieldSync.text), active ? null : h('p', { class: 'mktsiHint' }, t.fieldSync.inactive), status(ctx, refresh), h('div', { class: 'mktsiCardButtons' }, sync)],
  });
}
