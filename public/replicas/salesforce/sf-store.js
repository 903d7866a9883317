// Persistent state of the Salesforce replica, one small JSON value per key in
// the storage of the origin that renders it: remote sites belong to the Setup
// host, the MSI configuration to the Visualforce host. Inside Lightning the Setup
// host is a cross-site iframe without localStorage; there the Lightning page keeps
// its values (shared/frame-storage.js), like a server would.

import { PREFIX } from './sf-options.js';

export const SITES_KEY = `${PREFIX}remoteSites.v1`;
const CONFIG_KEY = `${PREFIX}msiConfig.v2`;
/** Before secrets were kept as flags, the record held them: it is removed unread. */
const LEGACY_CONFIG_KEY = `${PREFIX}msiConfig.v1`;
const FLASH_KEY = `${PREFIX}flash`;

/** An org rarely starts empty: one unrelated remote site, so evidence must pick the right row. */
const BASE_SITES = [
  { id: '0rp5g00000A1bQx', name: 'Google_Maps_API', url: 'https://maps.googleapis.com', description: 'Geocoding for account addresses', active: true, noProtocolSecurity: false },
];
const MSI_SITES = [
  { id: '0rp5g00000A1bRa', name: 'MarketoSalesInsight1', url: 'https://ims-na1.adobelogin.com', description: '', active: true, noProtocolSecurity: false },
  { id: '0rp5g00000A1bRb', name: 'MarketoSalesInsight2', url: 'https://mkto-sales-connect.adobe.io', description: '', active: true, noProtocolSecurity: false },
];

function read(storage, key, version = 1) {
  try {
    const v = JSON.parse(storage?.getItem(key) ?? 'null');
    return v && v.v === version ? v : null;
  } catch {
    return null;
  }
}
function write(storage, key, value) {
  try { storage?.setItem(key, JSON.stringify(value)); } catch { /* quota or blocked */ }
}

/** Salesforce-like 15-character record id with the object's key prefix. */
function newId(prefix) {
  const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let s = '';
  for (let i = 0; i < 8; i += 1) s += chars[Math.floor(Math.random() * chars.length)];
  return `${prefix}5g0000${s}`.slice(0, 15);
}

/**
 * Remote Site Settings. `preset` ('msi' | 'none' | null) reseeds when it differs from
 * the preset the stored list came from; null keeps whatever is stored.
 */
export function createSiteStore(storage, preset = null) {
  const stored = read(storage, SITES_KEY);
  let state = stored && (!preset || stored.preset === preset)
    ? stored
    : { v: 1, preset: preset ?? 'none', sites: [...BASE_SITES, ...(preset === 'msi' ? MSI_SITES : [])] };
  write(storage, SITES_KEY, state);
  const save = (sites) => { state = { ...state, sites }; write(storage, SITES_KEY, state); };

  return {
    list: () => [...state.sites].sort((a, b) => a.name.localeCompare(b.name)),
    get: (id) => state.sites.find((s) => s.id === id) ?? null,
    /** Insert or update; returns the saved record. Validate first (validateSite). */
    put(site) {
      const rec = { ...site, id: site.id || newId('0rp') };
      save([...state.sites.filter((s) => s.id !== rec.id), rec]);
      return rec;
    },
    remove(id) { save(state.sites.filter((s) => s.id !== id)); },
  };
}

/**
 * Classic validation of the remote site form. Returns { field: errorCode }.
 * Name rule as Salesforce states it: letters, digits and underscores, starts with a
 * letter, no trailing or double underscore, unique. URL: an https address (this
 * replica's rule; the guide only ever needs https).
 */
export function validateSite(input, sites) {
  const errors = {};
  const name = input.name.trim();
  const url = input.url.trim();
  if (!name) errors.name = 'required';
  else if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || name.endsWith('_') || name.includes('__')) errors.name = 'nameFormat';
  else if (sites.some((s) => s.id !== input.id && s.name.toLowerCase() === name.toLowerCase())) errors.name = 'nameTaken';
  if (!url) errors.url = 'required';
  else {
    let parsed = null;
    try { parsed = new URL(url); } catch { /* not a URL */ }
    if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname || /\s/.test(url)) errors.url = 'urlInvalid';
  }
  return errors;
}

/**
 * Secret fields, kept as "set / not set" only, as the real page shows them (empty, with the value held
 * server-side): a secret typed here, in the practice sandbox too, is never written to storage.
 */
export const SECRET_FIELDS = Object.freeze(['apiSecretKey', 'clientSecret']);

export const DEFAULT_CONFIG = Object.freeze({
  v: 2,
  enableActions: false,
  apiSecretKeySet: false,
  enableApi: true,
  marketoHost: 'app-ab12.marketo.com',
  soapTimeout: '60',
  clientId: '',
  clientSecretSet: false,
  restUrl: '',
  restTimeout: '60',
  debugLogging: false,
});

/** The Marketo Sales Insight Config settings (Visualforce host). */
export function createConfigStore(storage) {
  try { storage?.removeItem(LEGACY_CONFIG_KEY); } catch { /* blocked */ }
  let state = { ...DEFAULT_CONFIG, ...(read(storage, CONFIG_KEY, DEFAULT_CONFIG.v) ?? {}) };
  return {
    get: () => state,
    /** Saves the form's values; a secret typed in (non-empty) only marks its field as set. */
    save(values) {
      const next = { ...state };
      for (const key of Object.keys(DEFAULT_CONFIG)) if (key in values) next[key] = values[key];
      for (const key of SECRET_FIELDS) if (String(values[key] ?? '').trim()) next[`${key}Set`] = true;
      state = next;
      write(storage, CONFIG_KEY, state);
    },
  };
}

/** validate the config form (`c` holds the typed values and the stored `…Set` flags). Returns { field: errorCode }. */
export function validateConfig(c) {
  const errors = {};
  if (c.enableActions && !String(c.apiSecretKey ?? '').trim() && !c.apiSecretKeySet) errors.apiSecretKey = 'keyRequired';
  for (const f of ['soapTimeout', 'restTimeout']) {
    const n = Number(c[f]);
    if (!/^\d+$/.test(String(c[f]).trim()) || n < 1 || n > 120) errors[f] = 'timeout';
  }
  return errors;
}

/** A one-shot message that survives the reload a classic/Visualforce form post causes. */
export function setFlash(storage, value) { try { storage?.setItem(FLASH_KEY, value); } catch { /* blocked */ } }
export function takeFlash(storage) {
  try {
    const v = storage?.getItem(FLASH_KEY) ?? null;
    storage?.removeItem(FLASH_KEY);
    return v;
  } catch {
    return null;
  }
}
