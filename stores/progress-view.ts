import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StorageAreaLike } from '../lib/storage-area';
import { initialProgress } from '../lib/progress/initial';
import { PROGRESS_STORAGE_KEY, readStoredProgress, type StoredProblem } from '../lib/progress/stored';
import type { ProgressState } from '../lib/progress/types';

export interface ProgressView {
  /** False until the stored progress has been read: views show a loading state, never "nothing done". */
  hydrated: boolean;
  progress: ProgressState;
  /**
   * Why the stored progress cannot be shown (newer or unknown format, or the read failed): the view
   * says so, and the background keeps the stored data untouched. Null when all is well.
   */
  problem: StoredProblem | null;
}

/** What a view needs of `browser.storage`: read once, then follow changes from every context. */
export interface StorageWatchLike {
  local: Pick<StorageAreaLike, 'get'>;
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * A read-only mirror of persisted progress for views (popup, pages, content script). It never
 * writes: changes go to the background as messages, and come back here through storage.onChanged,
 * so every open view updates live, whichever tab or context made the change. `key`: real progress, or the
 * practice sandbox's.
 */
export function createProgressView(storage: StorageWatchLike, key: string = PROGRESS_STORAGE_KEY): StoreApi<ProgressView> & { dispose(): void } {
  const store = createStore<ProgressView>()(() => ({ hydrated: false, progress: initialProgress(), problem: null }));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key];
    if (area !== 'local' || !change) return;
    store.setState({ hydrated: true, ...readStoredProgress(change.newValue) });
  };
  // Listen before reading so a change made while the read is in flight is not lost.
  storage.onChanged.addListener(onChanged);
  void storage.local.get(key).then(
    (items) => {
      if (!store.getState().hydrated) store.setState({ hydrated: true, ...readStoredProgress(items[key]) });
    },
    () => {
      if (!store.getState().hydrated) store.setState({ hydrated: true, problem: 'unreadable' });
    },
  );
  return Object.assign(store, { dispose: () => storage.onChanged.removeListener(onChanged) });
}
