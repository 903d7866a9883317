import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialProgress } from '../lib/progress/initial';
import { PROGRESS_STORAGE_KEY, readStoredProgress } from '../lib/progress/stored';
import type { ProgressState } from '../lib/progress/types';

export interface ProgressView {
  /** False until the stored progress has been read: views show a loading state, never "nothing done". */
  hydrated: boolean;
  progress: ProgressState;
}

/** What a view needs of `browser.storage`: read once, then follow changes from every context. */
export interface StorageWatchLike {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * A read-only mirror of persisted progress for views (popup, pages, content script). It never
 * writes: changes go to the background as messages, and come back here through storage.onChanged,
 * so every open view updates live, whichever tab or context made the change.
 */
export function createProgressView(storage: StorageWatchLike): StoreApi<ProgressView> & { dispose(): void } {
  const store = createStore<ProgressView>()(() => ({ hydrated: false, progress: initialProgress() }));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PROGRESS_STORAGE_KEY];
    if (area !== 'local' || !change) return;
    store.setState({ hydrated: true, progress: readStoredProgress(change.newValue) });
  };
  // Listen before reading so a change made while the read is in flight is not lost.
  storage.onChanged.addListener(onChanged);
  void storage.local.get(PROGRESS_STORAGE_KEY).then((items) => {
    if (!store.getState().hydrated) store.setState({ hydrated: true, progress: readStoredProgress(items[PROGRESS_STORAGE_KEY]) });
  });
  return Object.assign(store, { dispose: () => storage.onChanged.removeListener(onChanged) });
}
