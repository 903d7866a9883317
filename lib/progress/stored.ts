import { migrateProgress, PROGRESS_VERSION } from './migrations';
import { normalizeProgress } from './schema';
import type { ProgressState } from './types';

export { PRACTICE_PROGRESS_STORAGE_KEY, PROGRESS_STORAGE_KEY } from './storage-key';

/** The stored envelope. */
export interface StoredProgress {
  state: unknown;
  version?: unknown;
}

/**
 * Reads a stored envelope the way the writer would: migrating older versions and normalising the
 * current one. Views use this to read progress without ever writing it.
 */
export function readStoredProgress(stored: unknown): ProgressState {
  if (typeof stored !== 'object' || stored === null) return normalizeProgress(undefined);
  const { state, version } = stored as StoredProgress;
  if (typeof version === 'number' && version !== PROGRESS_VERSION) return migrateProgress(state, version);
  return normalizeProgress(state);
}
