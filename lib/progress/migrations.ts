import { normalizeProgress } from './schema';
import type { ProgressState } from './types';

/** The version of the stored progress format. Bump it together with a new entry in MIGRATIONS. */
export const PROGRESS_VERSION = 4;

/** Upgrades stored data of version `n` to version `n + 1`. */
export type Migration = (data: unknown) => unknown;

/**
 * Version 1 → 2: step timings. Version 1 knew when a step was done (`changedAt` of a done step), not
 * when it was started nor how often its targets were missed: completion is carried over, the rest
 * starts unknown (null, 0) rather than being made up.
 */
function addTimings(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) throw new Error('not progress');
  const v1 = data as { steps?: Record<string, { status?: unknown; changedAt?: unknown }> };
  const timings = Object.fromEntries(
    Object.entries(v1.steps ?? {}).flatMap(([id, step]) =>
      step?.status === 'done' && typeof step.changedAt === 'string' ? [[id, { startedAt: null, completedAt: step.changedAt, notFound: 0 }]] : [],
    ),
  );
  return { ...v1, timings };
}

/**
 * Version 2 → 3: steps "done elsewhere" (`via: 'elsewhere'` with the source report's time). Every
 * version-2 step is a valid version-3 step, so the data is carried over as it is. The version still
 * goes up: a build that knows only version 2 then keeps such data aside (newer version) instead of
 * reading a "done elsewhere" step as broken and writing it back as to do.
 */
function addDoneElsewhere(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) throw new Error('not progress');
  return data;
}

/**
 * Version 3 → 4: documented error states seen (`errorsSeen`) and which way found each target
 * (`matched`). Version 3 recorded neither, so both start empty rather than being made up.
 */
function addErrorsAndMatches(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) throw new Error('not progress');
  return { ...data, errorsSeen: [], matched: [] };
}

/**
 * MIGRATIONS[n] upgrades stored data from version n to n + 1.
 * Version 0 is data written without a version (never shipped): it has no usable shape, so the
 * chain starts at 1. Each migration has a test in tests/unit/progress-migrations.test.ts.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: addTimings, 2: addDoneElsewhere, 3: addErrorsAndMatches };

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
