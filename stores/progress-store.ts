import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { initialProgress } from '../lib/progress/initial';
import { migrateProgress, PROGRESS_VERSION } from '../lib/progress/migrations';
import { normalizeProgress } from '../lib/progress/schema';
import { PROGRESS_STORAGE_KEY } from '../lib/progress/stored';
import type { ProgressState } from '../lib/progress/types';

/** The slice of `browser.storage.local` the store needs; injected so tests can use a fake. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function storageAdapter(area: StorageAreaLike): PersistStorage<ProgressState> {
  return {
    getItem: async (name) => ((await area.get(name))[name] as StorageValue<ProgressState> | undefined) ?? null,
    setItem: (name, value) => area.set({ [name]: value }),
    removeItem: (name) => area.remove(name),
  };
}

export type ProgressStore = StoreApi<ProgressState> & {
  persist: { rehydrate(): Promise<void>; hasHydrated(): boolean };
};

/**
 * The persisted progress store. Only the background creates it: it is the one writer of progress.
 * Hydration is explicit (`await store.persist.rehydrate()`) so no message is handled before the
 * stored state is in. `key` is the storage key: real progress, or the practice sandbox's own.
 */
export function createProgressStore(area: StorageAreaLike, key: string = PROGRESS_STORAGE_KEY): ProgressStore {
  return createStore<ProgressState>()(
    persist(() => initialProgress(), {
      name: key,
      version: PROGRESS_VERSION,
      storage: storageAdapter(area),
      skipHydration: true,
      migrate: (state, version) => migrateProgress(state, version),
      merge: (persisted) => normalizeProgress(persisted),
    }),
  ) as ProgressStore;
}
