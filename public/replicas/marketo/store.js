// State of the Marketo replica: who was invited, the credentials the first
// invite activated, and the Action Field Sync status. Kept apart from the
// views so the offline practice sandbox can reuse it with other storage.
//
// Persistence: one JSON value under one key (default "mktoReplica.v1") in the
// given Storage (localStorage on the replica host), so a reload keeps progress.
// The preset the state was seeded from is stored too: opening the page with a
// different `?state=` preset reseeds, reloading the same URL does not.

import { makeCredentials, PRESET_CREDENTIALS } from './creds.js';

export const STORAGE_KEY = 'mktoReplica.v1';
export const PRESETS = ['fresh', 'invited', 'synced'];
/** How long "Sync in progress" lasts before "Synced". */
export const SYNC_MS = 1500;

export const ADMINS = Object.freeze([
  { id: 'u1', name: 'Anna Becker', email: 'anna.becker@example.com' },
  { id: 'u2', name: 'Jonas Wagner', email: 'jonas.wagner@example.com' },
  { id: 'u3', name: 'Priya Raman', email: 'priya.raman@example.com' },
  { id: 'u4', name: 'Marco Rossi', email: 'marco.rossi@example.com' },
]);

export function presetState(preset, now = Date.now()) {
  const base = { v: 1, preset, invited: [], credentials: null, sync: { status: 'none', startedAt: null, doneAt: null } };
  if (preset === 'invited' || preset === 'synced') {
    base.invited = ['u1'];
    base.credentials = { ...PRESET_CREDENTIALS };
  }
  if (preset === 'synced') {
    base.sync = { status: 'done', startedAt: now - 3600_000 - SYNC_MS, doneAt: now - 3600_000 };
  }
  return base;
}

function safeRead(storage, key) {
  try {
    const v = JSON.parse(storage?.getItem(key) ?? 'null');
    return v && v.v === 1 ? v : null;
  } catch {
    return null;
  }
}

/**
 * @param {object} o
 * @param {Storage|null} [o.storage]  where to persist (null: memory only)
 * @param {string} [o.key]
 * @param {string|null} [o.preset]    'fresh' | 'invited' | 'synced' | null (= keep stored, else fresh)
 * @param {boolean} [o.reset]         drop whatever was stored
 * @param {() => number} [o.random]   random source for new credentials
 */
export function createStore({ storage = null, key = STORAGE_KEY, preset = null, reset = false, random = Math.random } = {}) {
  if (reset) { try { storage?.removeItem(key); } catch { /* storage may be blocked */ } }
  const wanted = PRESETS.includes(preset) ? preset : null;
  const stored = safeRead(storage, key);
  let state = stored && (!wanted || stored.preset === wanted) ? stored : presetState(wanted ?? 'fresh');
  const listeners = new Set();
  let syncTimer = null;

  const save = () => { try { storage?.setItem(key, JSON.stringify(state)); } catch { /* quota or blocked */ } };
  const set = (next) => {
    state = next;
    save();
    for (const fn of [...listeners]) fn(state);
  };

  const finishSync = () => set({ ...state, sync: { ...state.sync, status: 'done', doneAt: Date.now() } });
  const scheduleSyncEnd = () => {
    clearTimeout(syncTimer);
    const left = state.sync.startedAt + SYNC_MS - Date.now();
    syncTimer = setTimeout(finishSync, Math.max(0, left));
  };

  // A reload during "Sync in progress" resumes the countdown where it was.
  if (state.sync.status === 'running') scheduleSyncEnd();
  save();

  return {
    get: () => state,
    subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); },

    /** Invite admins by id. The first invite activates the instance (credentials appear). */
    invite(ids) {
      const fresh = ids.filter((id) => !state.invited.includes(id));
      const credentials = state.credentials ?? makeCredentials(random);
      set({ ...state, invited: [...state.invited, ...fresh], credentials });
      return ADMINS.filter((a) => ids.includes(a.id));
    },

    startSync() {
      if (state.sync.status === 'running') return;
      set({ ...state, sync: { status: 'running', startedAt: Date.now(), doneAt: null } });
      scheduleSyncEnd();
    },

    destroy() { clearTimeout(syncTimer); listeners.clear(); },
  };
}
