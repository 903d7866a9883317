import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkCredentials } from '../../entrypoints/background/credential-check';
import { createFocus, openStep } from '../../entrypoints/background/guide-handlers';
import { createRouter } from '../../entrypoints/background/router';
import { createTabPages } from '../../entrypoints/background/tab-pages';
import type { SenderInfo } from '../../lib/messaging/sender';
import { createPolicySource } from '../../lib/policy/source';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { createProgressStore } from '../../stores/progress-store';

const SELF = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid/' };
const POPUP: SenderInfo = { id: SELF.id, url: `${SELF.origin}popup.html` };
const CONTENT: SenderInfo = { id: SELF.id, url: 'https://app-ab12.marketo.com/#ML0A1', tab: { id: 7 }, frameId: 0 };

/** The background as it starts: progress stores and the policy read from the fake browser's managed area. */
function setup() {
  const store = createProgressStore(fakeBrowser.storage.local);
  const practiceStore = createProgressStore(fakeBrowser.storage.local, PRACTICE_PROGRESS_STORAGE_KEY);
  const policy = createPolicySource(fakeBrowser.storage);
  const session = fakeBrowser.storage.session;
  const route = createRouter({
    store,
    practiceStore,
    tabPages: createTabPages(session),
    practicePages: createTabPages(session, 'practice-tab:'),
    focus: createFocus(session),
    openStep: async () => ({ opened: 'new-tab', url: 'https://toutapp.com/next#settings' }),
    injectAssist: async () => undefined,
    checkCredentials: async () => ({ findings: [], live: null }),
    verify: async () => ({ checkedFrames: 0, steps: [] }),
    self: SELF,
    ready: Promise.all([store.persistence.load(), practiceStore.persistence.load(), policy.ready]),
    now: () => '2026-11-20T10:00:00.000Z',
    policy: () => policy.current(),
  });
  return { store, policy, route };
}

beforeEach(() => fakeBrowser.reset());

describe('the background under a policy', () => {
  it('refuses to change a managed preference, and keeps the user’s choice of the others', async () => {
    await fakeBrowser.storage.managed.set({ language: 'de', presenterMode: true });
    const { store, route } = setup();
    expect(await route({ type: 'prefs/set', locale: 'en' }, POPUP)).toMatchObject({ ok: false, error: { code: 'managed' } });
    expect(await route({ type: 'prefs/set', presenter: false }, POPUP)).toMatchObject({ ok: false, error: { code: 'managed' } });
    expect(await route({ type: 'prefs/set', persona: 'salesforce-admin' }, POPUP)).toEqual({ ok: true, data: null });
    expect(store.getState().prefs).toEqual({ locale: null, persona: 'salesforce-admin', presenter: false });
  });

  it('gives content scripts the managed preferences as the guide context', async () => {
    await fakeBrowser.storage.managed.set({ language: 'de', persona: 'marketo-admin', presenterMode: true });
    const { route } = setup();
    expect(await route({ type: 'guide/context' }, CONTENT)).toMatchObject({ ok: true, data: { locale: 'de', persona: 'marketo-admin', presenter: true } });
  });

  it('follows a policy the administrator changes while the browser runs', async () => {
    const { route, policy } = setup();
    await policy.ready;
    expect(await route({ type: 'prefs/set', locale: 'en' }, POPUP)).toEqual({ ok: true, data: null });
    await fakeBrowser.storage.managed.set({ language: 'de' });
    await vi.waitFor(() => expect(policy.current().values.language).toBe('de'));
    expect(await route({ type: 'prefs/set', locale: 'en' }, POPUP)).toMatchObject({ ok: false, error: { code: 'managed' } });
  });

  it('reads a broken or missing managed area as no policy', async () => {
    const broken = { managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) }, onChanged: fakeBrowser.storage.onChanged };
    const source = createPolicySource(broken);
    await source.ready;
    expect(source.current()).toEqual({ values: {}, ignored: [] });
    const none = createPolicySource({ onChanged: fakeBrowser.storage.onChanged });
    await none.ready;
    expect(none.current()).toEqual({ values: {}, ignored: [] });
  });
});

describe('managed hosts and the live check', () => {
  it('"Go to step" opens the instance the organisation set, over the one the user typed', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const store = createProgressStore(fakeBrowser.storage.local);
    const result = await openStep(store.getState(), createTabPages(fakeBrowser.storage.session), 'setup-sales-account', 'app-zz99.marketo.com', (app) =>
      app === 'marketo' ? 'app-ab12.marketo.com' : undefined,
    );
    expect(result).toMatchObject({ opened: 'new-tab', url: expect.stringMatching(/^https:\/\/app-ab12\.marketo\.com\//) });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/^https:\/\/app-ab12\.marketo\.com\//) });
  });

  it('sends nothing when the organisation turned the live check off, and says so', async () => {
    const fetch = vi.fn();
    const result = await checkCredentials(
      { type: 'credentials/check', munchkinId: '123-ABC-456', clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', clientSecret: 'Zq7Lk2Vx9Tn4Rb8Wm3Hc6Jp1Fd5Gs0Ya', live: true },
      { fetch, hasPermission: async () => true, liveAllowed: () => false },
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(result.live).toMatchObject({ outcome: 'turned-off', message: { en: expect.stringContaining('turned off'), de: expect.stringContaining('ausgeschaltet') } });
  });
});
