// State of the Sales Insight Actions replica: the Salesforce and Marketo
// connections and the users invited so far. Kept apart from the views so a
// test (or the practice sandbox) can reuse it with other storage.
//
// Persistence: one JSON value under one key in the given Storage, so a reload
// (and the simulated Salesforce OAuth round trip, a real page load) keeps it.
// The preset the state was seeded from is stored too: opening the page with a
// different `?state=` preset reseeds, reloading the same URL does not.

export const STORAGE_KEY = 'siaReplica.v1';
export const PRESETS = ['fresh', 'connected'];

/** The signed-in admin (the one who clicks Connect) and the existing team. */
export const CURRENT_USER = Object.freeze({ name: 'Anna Becker', email: 'anna.becker@acme-corp.example' });
export const SEED_USERS = Object.freeze([
  { name: 'Anna Becker', email: 'anna.becker@acme-corp.example', role: 'admin', team: 'everyone', status: 'active' },
  { name: 'Jonas Wagner', email: 'jonas.wagner@acme-corp.example', role: 'user', team: 'Sales EMEA', status: 'active' },
  { name: 'Priya Raman', email: 'priya.raman@acme-corp.example', role: 'user', team: 'Sales NA', status: 'active' },
  { name: 'Marco Rossi', email: 'marco.rossi@acme-corp.example', role: 'user', team: 'everyone', status: 'active' },
  { name: 'Lea Hoffmann', email: 'lea.hoffmann@acme-corp.example', role: 'user', team: 'Sales EMEA', status: 'active' },
  { name: 'Daniel Kim', email: 'daniel.kim@acme-corp.example', role: 'user', team: 'SDR Team', status: 'active' },
  { name: 'Sofia Alvarez', email: 'sofia.alvarez@acme-corp.example', role: 'user', team: 'Sales NA', status: 'active' },
  { name: 'Tom Fischer', email: 'tom.fischer@acme-corp.example', role: 'user', team: 'everyone', status: 'active' },
]);
/** Teams offered when inviting; 'everyone' is the default team, shown translated. */
export const TEAMS = Object.freeze(['everyone', 'Sales EMEA', 'Sales NA', 'SDR Team']);
/** Team as shown: the default team is translated (Everyone / Alle), others are names. */
export const teamLabel = (t, team) => (team === 'everyone' ? t('teamEveryone') : team);

const SF_ORG = { user: 'anna.becker@acme-corp.example', org: 'Acme Corp (Production)' };
const PRESET_MUNCHKIN = '123-ABC-456';

export function presetState(preset, now = Date.now()) {
  const base = { v: 1, preset, salesforce: null, salesforcePending: false, marketo: null, invited: [] };
  if (preset === 'connected') {
    base.salesforce = { ...SF_ORG, at: now - 86_400_000 };
    base.marketo = { munchkinId: PRESET_MUNCHKIN, clientId: null, via: 'connect', by: CURRENT_USER.name, at: now - 86_400_000 };
  }
  return base;
}

function safeRead(storage, key) {
  try {
    const v = JSON.parse(storage?.getItem(key) ?? 'null');
    return v && v.v === 1 && Array.isArray(v.invited) ? v : null;
  } catch {
    return null;
  }
}

const norm = (email) => String(email).trim().toLowerCase();

/**
 * @param {object} o
 * @param {Storage|null} [o.storage]  where to persist (null: memory only)
 * @param {string} [o.key]
 * @param {string|null} [o.preset]    'fresh' | 'connected' | null (= keep stored, else fresh)
 * @param {boolean} [o.reset]         drop whatever was stored
 */
export function createStore({ storage = null, key = STORAGE_KEY, preset = null, reset = false } = {}) {
  if (reset) { try { storage?.removeItem(key); } catch { /* storage may be blocked */ } }
  const wanted = PRESETS.includes(preset) ? preset : null;
  const stored = safeRead(storage, key);
  let state = stored && (!wanted || stored.preset === wanted) ? stored : presetState(wanted ?? 'fresh');
  const listeners = new Set();

  const save = () => { try { storage?.setItem(key, JSON.stringify(state)); } catch { /* quota or blocked */ } };
  const set = (patch) => {
    state = { ...state, ...patch };
    save();
    for (const fn of [...listeners]) fn(state);
  };
  save();

  return {
    get: () => state,
    subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); },

    /** Everyone in the table: the seeded team, then the invited, newest last. */
    users: () => [...SEED_USERS, ...state.invited],

    /** OK in the connect dialog: we leave for Salesforce; the callback finishes. */
    beginSalesforce: () => set({ salesforcePending: true }),
    /** The OAuth callback. Returns false when no connect was started (stray callback). */
    finishSalesforce() {
      if (!state.salesforcePending) return false;
      set({ salesforcePending: false, salesforce: { ...SF_ORG, at: Date.now() } });
      return true;
    },
    disconnectSalesforce: () => set({ salesforce: null, salesforcePending: false }),

    connectMarketo: ({ munchkinId = PRESET_MUNCHKIN, clientId = null, via = 'connect' } = {}) =>
      set({ marketo: { munchkinId, clientId, via, by: CURRENT_USER.name, at: Date.now() } }),
    disconnectMarketo: () => set({ marketo: null }),

    /**
     * Invite people. Addresses already in the table (case and spaces ignored)
     * are skipped, as are repeats within one call.
     * @param {{email: string, firstName?: string, lastName?: string, team?: string}[]} people
     * @returns {{added: object[], existing: string[]}}
     */
    invite(people) {
      const known = new Set([...SEED_USERS, ...state.invited].map((u) => norm(u.email)));
      const added = [];
      const existing = [];
      for (const p of people) {
        const email = String(p.email).trim();
        if (known.has(norm(email))) { existing.push(email); continue; }
        known.add(norm(email));
        const name = [p.firstName, p.lastName].map((s) => (s ?? '').trim()).filter(Boolean).join(' ');
        // A CSV may name the default team in either language.
        const team = (p.team ?? '').trim();
        const isDefault = !team || /^(everyone|alle)$/i.test(team);
        added.push({ name, email, role: 'user', team: isDefault ? 'everyone' : team, status: 'invited', at: Date.now() });
      }
      if (added.length) set({ invited: [...state.invited, ...added] });
      return { added, existing };
    },
  };
}
