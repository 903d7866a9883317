import { migrateProgress, PROGRESS_VERSION } from './migrations';
import { normalizeProgress } from './schema';
import { initialProgress } from './initial';
import type { ProgressState } from './types';

export { PRACTICE_PROGRESS_STORAGE_KEY, PROGRESS_STORAGE_KEY } from './storage-key';

/** The stored envelope: the state and the version of its format. */
export interface StoredProgress {
  state: unknown;
  version: number;
}

/**
 * Why stored progress cannot be used as it is:
 * - `newer-version`: written by a newer build of the extension (the user went back to an older one);
 * - `unknown-format`: no version this build knows, or a shape no migration reads;
 * - `unreadable`: the storage read itself failed.
 * In each case the stored data is kept untouched: nothing may be written over it until it is read
 * successfully, or the user resets on purpose.
 */
export type StoredProblem = 'newer-version' | 'unknown-format' | 'unreadable';

/** What reading the stored envelope gave: progress to use, or why there is none. */
export type StoredRead =
  | { kind: 'empty' }
  | { kind: 'read'; state: ProgressState }
  | { kind: 'kept'; problem: Exclude<StoredProblem, 'unreadable'> };

/** Reads a stored envelope the way the writer does: migrating older versions, normalising the current one. */
export function readStored(stored: unknown): StoredRead {
  if (stored === undefined || stored === null) return { kind: 'empty' };
  const envelope = stored as Partial<StoredProgress>;
  const { version } = envelope;
  if (typeof stored !== 'object' || typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'kept', problem: 'unknown-format' };
  if (version > PROGRESS_VERSION) return { kind: 'kept', problem: 'newer-version' };
  if (typeof envelope.state !== 'object' || envelope.state === null) return { kind: 'kept', problem: 'unknown-format' };
  const state = version === PROGRESS_VERSION ? normalizeProgress(envelope.state) : migrateProgress(envelope.state, version);
  return state ? { kind: 'read', state } : { kind: 'kept', problem: 'unknown-format' };
}

/**
 * For views, which never write: the progress to show and, when the stored data cannot be used, why
 * (the view then shows a notice, and a fresh state that nothing will be written from).
 */
export function readStoredProgress(stored: unknown): { progress: ProgressState; problem: StoredProblem | null } {
  const read = readStored(stored);
  if (read.kind === 'read') return { progress: read.state, problem: null };
  return { progress: initialProgress(), problem: read.kind === 'kept' ? read.problem : null };
}
