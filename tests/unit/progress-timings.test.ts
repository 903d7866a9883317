import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFocus } from '../../entrypoints/background/guide-handlers';
import { createRouter } from '../../entrypoints/background/router';
import { createTabPages } from '../../entrypoints/background/tab-pages';
import type { SenderInfo } from '../../lib/messaging/sender';
import { initialProgress } from '../../lib/progress/initial';
import { migrateProgress } from '../../lib/progress/migrations';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { readStored } from '../../lib/progress/stored';
import { secondsTaken, timingOf } from '../../lib/progress/timings';
import { createProgressStore } from '../../stores/progress-store';

const SELF = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid/' };
const POPUP: SenderInfo = { id: SELF.id, url: `${SELF.origin}popup.html` };
const SALES_INSIGHT = 'https://app-ab12.marketo.com/#MA0A1';
const CONTENT: SenderInfo = { id: SELF.id, url: SALES_INSIGHT, tab: { id: 7 }, frameId: 0 };
const REPLICA: SenderInfo = {
  id: SELF.id,
  url: `${SELF.origin}replicas/marketo/index.html?practice=${encodeURIComponent('https://app-ab12.marketo.com/')}#MA0A1`,
  tab: { id: 9 },
  frameId: 3,
};
const at = (seconds: number) => new Date(Date.parse('2026-12-07T09:00:00.000Z') + seconds * 1000).toISOString();
const detection = { app: 'marketo', page: 'marketo-admin-sales-insight', host: 'app-ab12.marketo.com' } as const;

function setup() {
  let clock = 0;
  const store = createProgressStore(fakeBrowser.storage.local);
  const practiceStore = createProgressStore(fakeBrowser.storage.local, PRACTICE_PROGRESS_STORAGE_KEY);
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
    ready: Promise.all([store.persistence.load(), practiceStore.persistence.load()]),
    now: () => at(clock),
  });
  return { store, practiceStore, route, tick: (seconds: number) => (clock = seconds) };
}

beforeEach(() => fakeBrowser.reset());

describe('step timings (the background records them)', () => {
  it('a step starts when the guide first shows it, counts targets not found, and completes when the page shows it', async () => {
    const { route, store, tick } = setup();
    await route({ type: 'page/seen', detection }, CONTENT);
    // The guide shows the first open step of this app: prerequisite 1.
    expect(timingOf(store.getState(), 'prereq-msi-enabled')).toEqual({ startedAt: at(0), completedAt: null, notFound: 0 });
    tick(30);
    await route({ type: 'page/seen', detection }, CONTENT);
    const tried = [{ way: 0, by: 'css', outcome: 'none' }] as const;
    await route({ type: 'diagnostic/target-missing', stepId: 'prereq-msi-enabled', target: 'marketo.sales-insight.actions-config-tab', tried: [...tried] }, CONTENT);
    await route({ type: 'diagnostic/target-missing', stepId: 'prereq-msi-enabled', target: 'marketo.sales-insight.actions-config-tab', tried: [...tried] }, CONTENT);
    tick(95);
    await route({ type: 'evidence/seen', stepId: 'prereq-msi-enabled', ruleId: 'p1-actions-config-tab' }, CONTENT);
    const timing = timingOf(store.getState(), 'prereq-msi-enabled');
    expect(store.getState().steps['prereq-msi-enabled'].status).toBe('done');
    expect(timing).toEqual({ startedAt: at(0), completedAt: at(95), notFound: 2 });
    expect(secondsTaken(timing)).toBe(95);
    // Undone by hand: no longer completed; started stays. A reset forgets timings.
    await route({ type: 'progress/set-status', stepId: 'prereq-msi-enabled', status: 'todo' }, POPUP);
    expect(timingOf(store.getState(), 'prereq-msi-enabled')).toMatchObject({ startedAt: at(0), completedAt: null });
    await route({ type: 'progress/reset' }, POPUP);
    expect(store.getState().timings).toEqual({});
  });

  it('practice progress is timed the same way, apart from real progress', async () => {
    const { route, store, practiceStore, tick } = setup();
    await route({ type: 'page/seen', detection }, REPLICA);
    tick(12);
    await route({ type: 'progress/set-status', stepId: 'prereq-msi-enabled', status: 'done' }, { ...REPLICA, frameId: 0, url: `${SELF.origin}practice.html` });
    expect(timingOf(practiceStore.getState(), 'prereq-msi-enabled')).toEqual({ startedAt: at(0), completedAt: at(12), notFound: 0 });
    expect(store.getState().timings).toEqual({});
  });

  it('a step marked done without ever being shown has no start: its time is unknown, not zero', async () => {
    const { route, store } = setup();
    await route({ type: 'progress/set-status', stepId: 'invite-users', status: 'done' }, POPUP);
    const timing = timingOf(store.getState(), 'invite-users');
    expect(timing).toEqual({ startedAt: null, completedAt: at(0), notFound: 0 });
    expect(secondsTaken(timing)).toBeNull();
  });
});

describe('progress format 1 → 2 (timings)', () => {
  it('keeps every step and carries a done step’s time over as its completion; start and counts stay unknown', () => {
    const v1 = initialProgress() as unknown as Record<string, unknown>;
    delete v1.timings;
    const steps = v1.steps as Record<string, object>;
    steps['connect-marketo'] = { status: 'done', changedAt: at(60), via: 'evidence', evidence: [] };
    steps['invite-users'] = { status: 'in-progress', changedAt: at(30), via: 'hand', evidence: [] };
    const migrated = migrateProgress(v1, 1);
    expect(migrated?.steps['connect-marketo']).toEqual(steps['connect-marketo']);
    expect(migrated?.timings).toEqual({ 'connect-marketo': { startedAt: null, completedAt: at(60), notFound: 0 } });
    expect(readStored({ state: v1, version: 1 })).toEqual({ kind: 'read', state: migrated });
  });

  it('a broken timing is dropped alone; data that is not progress is not migrated', () => {
    const state = { ...initialProgress(), timings: { 'connect-marketo': { startedAt: 'yesterday', completedAt: null, notFound: 0 }, 'invite-users': { startedAt: at(1), completedAt: null, notFound: 3 } } };
    expect(readStored({ state, version: 2 })).toMatchObject({ kind: 'read', state: { timings: { 'invite-users': { notFound: 3 } } } });
    expect((readStored({ state, version: 2 }) as { state: { timings: object } }).state.timings).not.toHaveProperty('connect-marketo');
    expect(migrateProgress(42, 1)).toBeNull();
  });
});
