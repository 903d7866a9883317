import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PROGRESS_VERSION } from '../../lib/progress/migrations';
import { setStepStatus } from '../../lib/progress/reducers';
import { createProgressStore } from '../../stores/progress-store';
import type { StorageAreaLike } from '../../lib/storage-area';

const T = '2026-11-20T10:00:00.000Z';
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());

/** Storage whose reads fail until `heal()`; writes are recorded. */
function flakyArea(stored: Record<string, unknown>) {
  let failing = true;
  const writes: Array<Record<string, unknown>> = [];
  const area: StorageAreaLike = {
    get: async (key) => {
      if (failing) throw new Error('storage is busy');
      return key === null ? { ...stored } : { [key]: stored[key] };
    },
    set: async (items) => void writes.push(items),
    remove: async () => undefined,
  };
  return { area, writes, heal: () => (failing = false) };
}

describe('progress store: never persists over data it could not read or understand', () => {
  it('keeps data of a newer version untouched, refuses changes, and says why', async () => {
    const newer = { state: { steps: { 'connect-marketo': { status: 'done', future: 'field' } } }, version: PROGRESS_VERSION + 1 };
    await fakeBrowser.storage.local.set({ progress: newer });
    const store = createProgressStore(fakeBrowser.storage.local);
    await store.persistence.load();
    expect(store.persistence.status()).toBe('newer-version');
    expect(await store.persistence.writable()).toBe(false);
    await settle();
    expect((await fakeBrowser.storage.local.get('progress')).progress).toEqual(newer);
  });

  it('writes nothing after a failed read, and starts writing once a later read succeeds', async () => {
    const stored = { progress: { state: { steps: { 'invite-users': { status: 'done', changedAt: T, via: 'hand', evidence: [] } } }, version: PROGRESS_VERSION } };
    const { area, writes, heal } = flakyArea(stored);
    const store = createProgressStore(area);
    await store.persistence.load();
    expect(store.persistence.status()).toBe('unreadable');
    expect(await store.persistence.writable()).toBe(false);
    expect(writes).toEqual([]);
    heal();
    expect(await store.persistence.writable()).toBe(true);
    expect(store.getState().steps['invite-users'].status).toBe('done');
    store.setState((s) => setStepStatus(s, 'connect-marketo', 'done', T), true);
    await settle();
    const written = writes.at(-1)?.progress as { state: { steps: Record<string, { status: string }> } };
    expect(written.state.steps['invite-users']?.status).toBe('done');
    expect(written.state.steps['connect-marketo']?.status).toBe('done');
  });

  it('replaces unreadable-format data only on an explicit overwrite (the user’s reset)', async () => {
    await fakeBrowser.storage.local.set({ progress: 'not an envelope' });
    const store = createProgressStore(fakeBrowser.storage.local);
    await store.persistence.load();
    expect(store.persistence.status()).toBe('unknown-format');
    await store.persistence.overwrite(store.getState());
    expect(store.persistence.status()).toBe('ready');
    expect((await fakeBrowser.storage.local.get('progress')).progress).toMatchObject({ version: PROGRESS_VERSION });
  });

  it('does not write back what it has just read', async () => {
    const { area, writes, heal } = flakyArea({ progress: { state: {}, version: PROGRESS_VERSION } });
    heal();
    await createProgressStore(area).persistence.load();
    await settle();
    expect(writes).toEqual([]);
  });
});
