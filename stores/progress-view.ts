import { createStore, type StoreApi } from 'zustand/vanilla';
import { withPolicy } from '../lib/policy/apply';
import { NO_POLICY, type PolicyReading } from '../lib/policy/schema';
import { loadPolicy } from '../lib/policy/source';
import type { StorageAreaLike } from '../lib/storage-area';
import { initialProgress } from '../lib/progress/initial';
import { PROGRESS_STORAGE_KEY, readStoredProgress, type StoredProblem } from '../lib/progress/stored';
import type { ProgressState } from '../lib/progress/types';

export interface ProgressView {
  /** False until the stored progress (and the policy) has been read: views show a loading state, never "nothing done". */
  hydrated: boolean;
  /** Stored progress, its preferences overridden where the organisation's policy decides them. */
  progress: ProgressState;
  /**
   * Why the stored progress cannot be shown (newer or unknown format, or the read failed): the view
   * says so, and the background keeps the stored data untouched. Null when all is well.
   */
  problem: StoredProblem | null;
  /** The organisation's policy: which settings it decides and which of its entries were ignored. */
  policy: PolicyReading;
}

/** What a view needs of `browser.storage`: read once, then follow changes from every context. */
export interface StorageWatchLike {
  local: Pick<StorageAreaLike, 'get'>;
  /** The policy area (absent in fakes and browsers without one: no policy). */
  managed?: { get(keys?: null): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * A read-only mirror of persisted progress for views (popup, pages, content script). It never
 * writes: changes go to the background as messages, and come back here through storage.onChanged,
 * so every open view updates live, whichever tab or context made the change. `key`: real progress, or the
 * practice sandbox's. The organisation's policy is applied on top, so every view shows the preferences
 * that are in force.
 */
export function createProgressView(storage: StorageWatchLike, key: string = PROGRESS_STORAGE_KEY): StoreApi<ProgressView> & { dispose(): void } {
  const store = createStore<ProgressView>()(() => ({ hydrated: false, progress: initialProgress(), problem: null, policy: NO_POLICY }));
  let stored: { progress: ProgressState; problem: StoredProblem | null } | null = null;
  let policy: PolicyReading | null = storage.managed ? null : NO_POLICY;
  const publish = () => {
    if (stored && policy) store.setState({ hydrated: true, progress: withPolicy(stored.progress, policy), problem: stored.problem, policy });
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'managed') return void loadPolicy(storage).then((read) => ((policy = read), publish()));
    const change = changes[key];
    if (area !== 'local' || !change) return;
    stored = readStoredProgress(change.newValue);
    publish();
  };
  // Listen before reading so a change made while the read is in flight is not lost.
  storage.onChanged.addListener(onChanged);
  void storage.local.get(key).then(
    (items) => {
      stored ??= readStoredProgress(items[key]);
      publish();
    },
    () => {
      stored ??= { progress: initialProgress(), problem: 'unreadable' };
      publish();
    },
  );
  if (!policy) void loadPolicy(storage).then((read) => ((policy ??= read), publish()));
  return Object.assign(store, { dispose: () => storage.onChanged.removeListener(onChanged) });
}
