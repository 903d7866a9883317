import { TARGETS } from '../targets/registry';
import { APP_OF_PAGE } from '../pages/types';
import { learnedAnchorSchema } from './schema';
import { ANCHOR_LIMITS, type LearnedAnchor } from './types';

/** The `storage.local` key of learned anchors: kept apart from progress, with a format version of its own. */
export const ANCHORS_STORAGE_KEY = 'anchors';

/** The version of the stored anchors format. Bump it together with a new entry in ANCHOR_MIGRATIONS. */
export const ANCHORS_VERSION = 1;

/** The stored envelope. */
export interface StoredAnchors {
  version: number;
  anchors: unknown;
}

/** Upgrades stored data of version `n` to `n + 1`. ANCHOR_MIGRATIONS[n] does it; version 1 is the first. */
export type AnchorMigration = (data: StoredAnchors) => StoredAnchors;
export const ANCHOR_MIGRATIONS: Readonly<Record<number, AnchorMigration>> = {};

/** What reading gave: anchors to use (possibly none), or why the stored data is kept aside untouched. */
export type AnchorsRead = { kind: 'read'; anchors: LearnedAnchor[] } | { kind: 'kept'; problem: 'newer-version' | 'unknown-format' };

/** Whether an anchor still names a target of the registry, on that target's page and app. */
function fitsRegistry(anchor: LearnedAnchor): boolean {
  const def = (TARGETS as Record<string, { page: string } | undefined>)[anchor.target];
  return def !== undefined && def.page === anchor.page && APP_OF_PAGE[anchor.page] === anchor.app;
}

/**
 * The anchors of a list, each validated: entries of an unknown shape, or for a target no longer in the
 * registry, are dropped (one bad entry does not cost the others); one per host and target, the latest
 * kept; at most ANCHOR_LIMITS.anchors, the newest.
 */
export function validAnchors(list: unknown): LearnedAnchor[] {
  if (!Array.isArray(list)) return [];
  const byKey = new Map<string, LearnedAnchor>();
  for (const entry of list) {
    const parsed = learnedAnchorSchema.safeParse(entry);
    if (!parsed.success || !fitsRegistry(parsed.data)) continue;
    const key = `${parsed.data.host}|${parsed.data.target}`;
    const before = byKey.get(key);
    if (!before || before.at <= parsed.data.at) byKey.set(key, parsed.data);
  }
  return [...byKey.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-ANCHOR_LIMITS.anchors);
}

/**
 * Reads the stored envelope: migrates older versions, validates the current one. Data of a newer version
 * or of no known shape is kept aside (the caller must not write over it).
 */
export function readStoredAnchors(stored: unknown, migrations: Readonly<Record<number, AnchorMigration>> = ANCHOR_MIGRATIONS, current: number = ANCHORS_VERSION): AnchorsRead {
  if (stored === undefined || stored === null) return { kind: 'read', anchors: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) return { kind: 'kept', problem: 'unknown-format' };
  let envelope = stored as StoredAnchors;
  const { version } = envelope;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'kept', problem: 'unknown-format' };
  if (version > current) return { kind: 'kept', problem: 'newer-version' };
  try {
    for (let v = version; v < current; v++) {
      const step = migrations[v];
      if (!step) return { kind: 'kept', problem: 'unknown-format' };
      envelope = step(envelope);
    }
  } catch {
    return { kind: 'kept', problem: 'unknown-format' };
  }
  if (!Array.isArray(envelope.anchors)) return { kind: 'kept', problem: 'unknown-format' };
  return { kind: 'read', anchors: validAnchors(envelope.anchors) };
}
