import { normalizeProgress } from './schema';
import type { ProgressState } from './types';

/** The version of the stored progress format. Bump it together with a new entry in MIGRATIONS. */
export const PROGRESS_VERSION = 1;

/** Upgrades stored data of version `n` to version `n + 1`. */
export type Migration = (data: unknown) => unknown;

/**
 * MIGRATIONS[n] upgrades stored data from version n to n + 1.
 * Version 0 is data written without a version (never shipped): it has no usable shape, so the
 * chain starts at 1. Add `1: (v1) => v2` here when the format changes, with a test in
 * tests/unit/progress-migrations.test.ts.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/**
 * Brings stored data of an older version to the current format, or returns null when it cannot:
 * data from a newer version (the user went back to an older build), a version without its migration,
 * or a migration that fails on this data. The caller keeps such data untouched (see ./stored.ts).
 */
export function migrateProgress(
  data: unknown,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = PROGRESS_VERSION,
): ProgressState | null {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > toVersion) return null;
  let current = data;
  try {
    for (let version = fromVersion; version < toVersion; version++) {
      const step = migrations[version];
      if (!step) return null;
      current = step(current);
    }
  } catch {
    return null;
  }
  return normalizeProgress(current);
}
