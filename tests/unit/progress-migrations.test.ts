import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../lib/guide/types';
import { initialProgress } from '../../lib/progress/initial';
import { migrateProgress, PROGRESS_VERSION, type Migration } from '../../lib/progress/migrations';
import { normalizeProgress } from '../../lib/progress/schema';
import { readStored, readStoredProgress } from '../../lib/progress/stored';

const T = '2026-11-20T10:00:00.000Z';

describe('stored progress', () => {
  it('reads the current version unchanged', () => {
    const state = initialProgress();
    state.steps['setup-sales-account'] = { status: 'done', changedAt: T, via: 'hand', evidence: [] };
    state.prefs = { locale: 'de', persona: 'salesforce-admin', presenter: true };
    expect(readStoredProgress({ state, version: PROGRESS_VERSION })).toEqual({ progress: state, problem: null });
  });

  it('starts fresh when nothing is stored; keeps aside what it cannot read', () => {
    expect(readStoredProgress(undefined)).toEqual({ progress: initialProgress(), problem: null });
    expect(readStoredProgress('oops')).toEqual({ progress: initialProgress(), problem: 'unknown-format' });
    expect(readStoredProgress({ state: 42, version: PROGRESS_VERSION })).toEqual({ progress: initialProgress(), problem: 'unknown-format' });
  });

  it('keeps the good parts of partly broken data', () => {
    const good = { status: 'done', changedAt: T, via: 'evidence', evidence: [{ rule: 'r', host: 'app-ab12.marketo.com', page: 'marketo-admin-sales-insight', seenAt: T }] };
    const state = normalizeProgress({
      steps: { 'connect-marketo': good, 'invite-users': { status: 'finished!' }, 'no-such-step': good },
      hostsSeen: 'not a list',
      prefs: { locale: 'fr', persona: 'both' },
    });
    expect(state.steps['connect-marketo']).toEqual(good);
    expect(state.steps['invite-users'].status).toBe('todo');
    expect(Object.keys(state.steps)).toEqual([...STEP_IDS]);
    expect(state.hostsSeen).toEqual([]);
    expect(state.prefs).toEqual({ locale: null, persona: 'both', presenter: false });
  });

  it('strips fields evidence must not carry (e.g. a value that was read)', () => {
    const state = normalizeProgress({
      steps: { 'setup-sales-account': { status: 'done', changedAt: T, via: 'evidence', evidence: [{ rule: 'r', host: 'h.marketo.com', page: 'p', seenAt: T, value: 'SECRET' }] } },
    });
    expect(JSON.stringify(state)).not.toContain('SECRET');
  });
});

describe('migrations', () => {
  it('runs each migration in order from the stored version to the current one', () => {
    const calls: number[] = [];
    const migrations: Record<number, Migration> = {
      1: (d) => (calls.push(1), { ...(d as object), two: true }),
      2: (d) => {
        calls.push(2);
        const { finished } = d as { finished: string[] };
        return { steps: Object.fromEntries(finished.map((id) => [id, { status: 'done', changedAt: T, via: 'hand', evidence: [] }])) };
      },
    };
    const migrated = migrateProgress({ finished: ['connect-salesforce'] }, 1, migrations, 3);
    expect(calls).toEqual([1, 2]);
    expect(migrated?.steps['connect-salesforce'].status).toBe('done');
    expect(migrated?.steps['connect-marketo'].status).toBe('todo');
  });

  it('cannot read a version it cannot migrate (newer build, gap in the chain, no version, a failing migration)', () => {
    expect(migrateProgress({}, PROGRESS_VERSION + 1)).toBeNull();
    expect(migrateProgress({}, 1, {}, 3)).toBeNull();
    expect(migrateProgress({}, 0)).toBeNull();
    expect(migrateProgress({}, Number.NaN)).toBeNull();
    expect(migrateProgress({}, 1, { 1: () => { throw new Error('bad shape'); } }, 2)).toBeNull();
  });

  it('says why stored data of a newer or unknown format is not shown (it is kept, not replaced)', () => {
    expect(readStored({ state: { steps: {} }, version: PROGRESS_VERSION + 5 })).toEqual({ kind: 'kept', problem: 'newer-version' });
    expect(readStored({ state: { steps: {} } })).toEqual({ kind: 'kept', problem: 'unknown-format' });
    expect(readStored('oops')).toEqual({ kind: 'kept', problem: 'unknown-format' });
    expect(readStored(undefined)).toEqual({ kind: 'empty' });
    expect(readStoredProgress({ state: {}, version: PROGRESS_VERSION + 1 })).toEqual({ progress: initialProgress(), problem: 'newer-version' });
  });
});
