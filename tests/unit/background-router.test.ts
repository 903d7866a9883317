import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../entrypoints/background/router';
import { createTabPages } from '../../entrypoints/background/tab-pages';
import { createFocus } from '../../entrypoints/background/guide-handlers';
import { createProgressStore } from '../../stores/progress-store';
import type { SenderInfo } from '../../lib/messaging/sender';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { PROGRESS_VERSION } from '../../lib/progress/migrations';

const SELF = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid/' };
const POPUP: SenderInfo = { id: SELF.id, url: `${SELF.origin}popup.html` };
const CONTENT: SenderInfo = { id: SELF.id, url: 'https://app-ab12.marketo.com/#SF0A1', tab: { id: 7 }, frameId: 0 };
const T = '2026-11-20T10:00:00.000Z';

function setup(injected: Array<[number, number, string]> = []) {
  const store = createProgressStore(fakeBrowser.storage.local);
  const practiceStore = createProgressStore(fakeBrowser.storage.local, PRACTICE_PROGRESS_STORAGE_KEY);
  const ready = Promise.all([store.persistence.load(), practiceStore.persistence.load()]);
  const session = fakeBrowser.storage.session;
  const route = createRouter({
    store,
    practiceStore,
    tabPages: createTabPages(session),
    practicePages: createTabPages(session, 'practice-tab:'),
    focus: createFocus(session),
    openStep: async () => ({ opened: 'new-tab', url: 'https://toutapp.com/next#settings' }),
    injectAssist: async (tabId, frameId, bundle) => void injected.push([tabId, frameId, bundle]),
    checkCredentials: async () => ({ findings: [], live: null }),
    verify: async () => ({ checkedFrames: 0, steps: [] }),
    self: SELF,
    ready,
    now: () => T,
  });
  return { store, practiceStore, route };
}

beforeEach(() => fakeBrowser.reset());

describe('background router: senders', () => {
  it.each<[string, SenderInfo]>([
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/popup.html' }],
    ['a web page (no id)', { url: 'https://evil.example/' }],
    ['our id but no url', { id: SELF.id }],
    ['a content script on an unmatched host', { id: SELF.id, url: 'https://evil.example/', tab: { id: 3 } }],
    ['a look-alike host', { id: SELF.id, url: 'https://app-ab12.marketo.com.evil.example/', tab: { id: 3 } }],
    ['a content-like sender without a tab', { id: SELF.id, url: 'https://app-ab12.marketo.com/' }],
  ])('refuses %s', async (_name, sender) => {
    const { route, store } = setup();
    const reply = await route({ type: 'progress/set-status', stepId: 'connect-marketo', status: 'done' }, sender);
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } });
    expect(store.getState().steps['connect-marketo'].status).toBe('todo');
  });

  it('refuses page-only requests from content scripts', async () => {
    const { route } = setup();
    expect(await route({ type: 'progress/reset' }, CONTENT)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await route({ type: 'tab/where', tabId: 1 }, CONTENT)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses content-only requests from extension pages', async () => {
    const { route } = setup();
    expect(await route({ type: 'page/seen', detection: null }, POPUP)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe('background router: assist bundles', () => {
  // A child frame inside its own app's tab (Sales Insight Actions' settings render in frames).
  const SIA_FRAME: SenderInfo = { id: SELF.id, url: 'https://toutapp.com/next#settings/admin/users', tab: { id: 12, url: 'https://toutapp.com/next#settings' }, frameId: 4 };

  it('injects a bundle into the very frame that asked for it', async () => {
    const injected: Array<[number, number, string]> = [];
    const { route } = setup(injected);
    expect(await route({ type: 'assist/load', bundle: 'csv-upload' }, SIA_FRAME)).toEqual({ ok: true, data: null });
    expect(injected).toEqual([[12, 4, 'csv-upload']]);
  });

  it("refuses another app's bundle, and names that are no bundle", async () => {
    const injected: Array<[number, number, string]> = [];
    const { route } = setup(injected);
    expect(await route({ type: 'assist/load', bundle: 'credentials-copy' }, SIA_FRAME)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await route({ type: 'assist/load', bundle: '../popup' }, SIA_FRAME)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(injected).toEqual([]);
  });
});

describe('background router: payloads', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'malformed'],
    ['a string', 'progress/reset', 'malformed'],
    ['an array', [{ type: 'progress/reset' }], 'malformed'],
    ['no type', { stepId: 'connect-marketo' }, 'unknown-type'],
    ['unknown type', { type: 'progress/delete-everything' }, 'unknown-type'],
    ['prototype key as type', { type: 'constructor' }, 'unknown-type'],
    ['unknown step', { type: 'progress/set-status', stepId: 'step-99', status: 'done' }, 'malformed'],
    ['unknown status', { type: 'progress/set-status', stepId: 'connect-marketo', status: 'finished' }, 'malformed'],
    ['missing status', { type: 'progress/set-status', stepId: 'connect-marketo' }, 'malformed'],
    ['extra field', { type: 'progress/set-status', stepId: 'connect-marketo', status: 'done', via: 'evidence' }, 'malformed'],
    ['bad locale', { type: 'prefs/set', locale: 'fr' }, 'malformed'],
    ['bad persona', { type: 'prefs/set', persona: 'ceo' }, 'malformed'],
    ['negative tab id', { type: 'tab/where', tabId: -1 }, 'malformed'],
    ['fractional tab id', { type: 'tab/where', tabId: 1.5 }, 'malformed'],
    ['reset with payload', { type: 'progress/reset', everything: true }, 'malformed'],
  ])('rejects %s', async (_name, message, code) => {
    const { route } = setup();
    expect(await route(message, POPUP)).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  });

  it.each<[string, unknown]>([
    ['unknown app', { type: 'page/seen', detection: { app: 'hubspot', page: 'x', host: 'a.com' } }],
    ['host with a path', { type: 'page/seen', detection: { app: 'marketo', page: 'marketo-admin', host: 'a.com/x' } }],
    ['detection with extra data', { type: 'page/seen', detection: { app: 'marketo', page: 'marketo-admin', host: 'a.com', secret: 'x' } }],
  ])('rejects a content report with %s', async (_name, message) => {
    const { route } = setup();
    expect(await route(message, CONTENT)).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });

  it('never echoes a payload into the error message', async () => {
    const { route } = setup();
    const reply = await route({ type: 'progress/set-status', stepId: 'SECRET-VALUE', status: 'done' }, POPUP);
    expect(JSON.stringify(reply)).not.toContain('SECRET-VALUE');
  });
});

describe('background router: effects', () => {
  it('applies a status change and persists it', async () => {
    const { route } = setup();
    expect(await route({ type: 'progress/set-status', stepId: 'connect-marketo', status: 'done' }, POPUP)).toEqual({ ok: true, data: null });
    const stored = (await fakeBrowser.storage.local.get('progress')).progress as { state: { steps: Record<string, { status: string; via: string }> }; version: number };
    expect(stored.version).toBe(PROGRESS_VERSION);
    expect(stored.state.steps['connect-marketo']).toMatchObject({ status: 'done', via: 'hand' });
  });

  it('applies two changes sent at the same moment from two contexts', async () => {
    const { route, store } = setup();
    await Promise.all([
      route({ type: 'progress/set-status', stepId: 'connect-marketo', status: 'done' }, POPUP),
      route({ type: 'progress/set-status', stepId: 'invite-users', status: 'done' }, CONTENT),
    ]);
    expect(store.getState().steps['connect-marketo'].status).toBe('done');
    expect(store.getState().steps['invite-users'].status).toBe('done');
  });

  it('answers which page a tab shows, preferring the most specific frame', async () => {
    const { route, store } = setup();
    const shellUrl = 'https://experience.adobe.com/#/@a/so:1/marketo-engage/classic/XX0A1';
    const shell: SenderInfo = { id: SELF.id, url: shellUrl, tab: { id: 9, url: shellUrl }, frameId: 0 };
    const frame: SenderInfo = { id: SELF.id, url: 'https://app-ab12.marketo.com/#XX0A1', tab: { id: 9, url: shellUrl }, frameId: 4 };
    await Promise.all([
      route({ type: 'page/seen', detection: { app: 'marketo', page: 'marketo-other', host: 'experience.adobe.com' } }, shell),
      route({ type: 'page/seen', detection: { app: 'marketo', page: 'marketo-admin-sales-insight', host: 'app-ab12.marketo.com', embedded: true } }, frame),
    ]);
    expect(await route({ type: 'tab/where', tabId: 9 }, POPUP)).toEqual({
      ok: true,
      data: { app: 'marketo', page: 'marketo-admin-sales-insight', host: 'app-ab12.marketo.com', embedded: true },
    });
    expect(await route({ type: 'tab/where', tabId: 10 }, POPUP)).toEqual({ ok: true, data: null });
    expect(store.getState().hostsSeen.map((h) => h.host)).toEqual(['app-ab12.marketo.com']);
  });
});

describe('background router: the practice sandbox keeps its own progress', () => {
  const REPLICA: SenderInfo = {
    id: SELF.id,
    url: `${SELF.origin}replicas/marketo/index.html?practice=https%3A%2F%2Fapp-ab12.marketo.com%2F#SF0A1`,
    tab: { id: 9 },
    frameId: 3,
  };
  const SANDBOX: SenderInfo = { id: SELF.id, url: `${SELF.origin}practice.html`, tab: { id: 9 }, frameId: 0 };
  const detection = { app: 'marketo', page: 'marketo-admin-salesforce', host: 'app-ab12.marketo.com' } as const;

  it('records practice evidence and hosts in practice progress only; real progress is untouched', async () => {
    const { route, store, practiceStore } = setup();
    expect(await route({ type: 'page/seen', detection }, REPLICA)).toEqual({ ok: true, data: null });
    expect(await route({ type: 'evidence/seen', stepId: 'prereq-salesforce-sync', ruleId: 'p2-sync-status-enabled' }, REPLICA)).toMatchObject({ ok: true });
    expect(practiceStore.getState().steps['prereq-salesforce-sync'].status).toBe('done');
    expect(practiceStore.getState().hostsSeen.map((h) => h.host)).toEqual(['app-ab12.marketo.com']);
    expect(store.getState().steps['prereq-salesforce-sync'].status).toBe('todo');
    expect(store.getState().hostsSeen).toEqual([]);
  });

  it('answers the guide context of a replica frame from practice progress', async () => {
    const { route, store } = setup();
    await route({ type: 'progress/set-status', stepId: 'prereq-msi-enabled', status: 'done' }, SANDBOX);
    const reply = await route({ type: 'guide/context' }, REPLICA);
    expect(reply).toMatchObject({ ok: true, data: { statuses: { 'prereq-msi-enabled': 'done' } } });
    expect(store.getState().steps['prereq-msi-enabled'].status).toBe('todo');
  });

  it('resets practice progress alone', async () => {
    const { route, store, practiceStore } = setup();
    await route({ type: 'progress/set-status', stepId: 'connect-marketo', status: 'done' }, POPUP);
    await route({ type: 'progress/set-status', stepId: 'connect-marketo', status: 'done' }, SANDBOX);
    await route({ type: 'progress/reset' }, SANDBOX);
    expect(practiceStore.getState().steps['connect-marketo'].status).toBe('todo');
    expect(store.getState().steps['connect-marketo'].status).toBe('done');
  });

  it('refuses a replica frame outside a tab, and "go to step" from the sandbox', async () => {
    const { route } = setup();
    const { tab: _tab, ...tabless } = REPLICA;
    expect(await route({ type: 'guide/context' }, tabless)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await route({ type: 'guide/open-step', stepId: 'connect-marketo' }, SANDBOX)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
