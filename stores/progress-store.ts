import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialProgress } from '../lib/progress/initial';
import { PROGRESS_VERSION } from '../lib/progress/migrations';
import { PROGRESS_STORAGE_KEY, readStored, type StoredProblem, type StoredProgress } from '../lib/progress/stored';
import type { ProgressState } from '../lib/progress/types';
import type { StorageAreaLike } from '../lib/storage-area';


/** Where the store stands with what is stored: not read yet, in use, or kept aside for a reason. */
export type PersistStatus = 'loading' | 'ready' | StoredProblem;

export interface ProgressPersistence {
  /** Reads the stored progress (again). Never rejects: a failure shows in `status()`. */
  load(): Promise<void>;
  status(): PersistStatus;
  /**
   * Whether a change may be made now. After a failed read it reads again first; stored data of a
   * newer or unknown format is never written over (only `overwrite` does, on the user's explicit reset).
   */
  writable(): Promise<boolean>;
  /** Replaces what is stored, also data this build could not read: the user chose to start over. */
  overwrite(state: ProgressState): Promise<void>;
}

export type ProgressStore = StoreApi<ProgressState> & { persistence: ProgressPersistence };

/**
 * The persisted progress store. Only the background creates it: it is the one writer of progress.
 * Loading is explicit (`await store.persistence.load()`) so no message is handled before the stored
 * state is in. Every change is written through while the store is `ready`; in any other status
 * nothing is written, so progress that could not be read or understood is never replaced by a fresh
 * state. `key` is the storage key: real progress, or the practice sandbox's own.
 */
export function createProgressStore(area: StorageAreaLike, key: string = PROGRESS_STORAGE_KEY): ProgressStore {
  const store = createStore<ProgressState>()(() => initialProgress());
  let status: PersistStatus = 'loading';
  // Writes go out in order: a slow write must not land after a later one.
  let writes: Promise<unknown> = Promise.resolve();
  const write = (state: ProgressState) => {
    const envelope: StoredProgress = { state, version: PROGRESS_VERSION };
    writes = writes.then(() => area.set({ [key]: envelope })).catch(() => undefined);
    return writes;
  };
  // Set while the store itself replaces the state with what it read: that is no change to write.
  let reading = false;
  store.subscribe((state) => {
    if (!reading && status === 'ready') void write(state);
  });

  async function load() {
    let stored: unknown;
    try {
      stored = (await area.get(key))[key];
    } catch {
      status = 'unreadable';
      return;
    }
    const read = readStored(stored);
    status = read.kind === 'kept' ? read.problem : 'ready';
    reading = true;
    store.setState(read.kind === 'read' ? read.state : initialProgress(), true);
    reading = false;
  }

  const persistence: ProgressPersistence = {
    load,
    status: () => status,
    async writable() {
      if (status === 'unreadable') await load();
      return status === 'ready';
    },
    async overwrite(state) {
      status = 'ready';
      reading = true;
      store.setState(state, true);
      reading = false;
      await write(state);
    },
  };
  return Object.assign(store, { persistence });
}
