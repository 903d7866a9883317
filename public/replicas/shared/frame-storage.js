// Storage for replica pages that run in cross-site iframes.
// Chromium denies localStorage/sessionStorage to third-party frames (e.g. Salesforce's
// *.my.salesforce-setup.com page inside *.lightning.force.com), so such a page would
// forget everything on its next load. Real apps keep that state on their server; here
// the first-party parent page keeps it: the frame reads and writes by postMessage.
// Values are stored in the parent under `${prefix}${frameOrigin}|${key}`.
// In the practice sandbox every frame shares the extension's origin and its storage,
// so a frame uses its own namespaced storage (place.js) and no parent serves it.

import { hostStorage, isPractice } from './place.js';

const TYPE = 'replica-storage:';

/**
 * Parent side: answer storage requests from frames whose origin passes `allow`.
 * @param {{ storage: Storage|null, allow: (origin: string) => boolean, prefix?: string }} o
 * @returns {() => void} stops serving
 */
export function serveFrameStorage({ storage, allow, prefix = 'replicaFrame.' }) {
  if (isPractice()) return () => {};
  const onMessage = (e) => {
    const d = e.data;
    if (!d || typeof d.type !== 'string' || !d.type.startsWith(TYPE) || !e.source || !allow(e.origin)) return;
    const k = `${prefix}${e.origin}|${String(d.key)}`;
    let value = null;
    try {
      if (d.type === `${TYPE}get`) value = storage?.getItem(k) ?? null;
      else if (d.type === `${TYPE}set`) storage?.setItem(k, String(d.value));
      else if (d.type === `${TYPE}remove`) storage?.removeItem(k);
      else return;
    } catch { /* parent storage blocked or full: answer anyway */ }
    e.source.postMessage({ type: `${TYPE}reply`, id: d.id, value }, e.origin);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

/**
 * Frame side: a Storage-like object kept by the parent. `keys` are fetched up front so
 * getItem can stay synchronous. Resolves to null when the parent does not answer.
 * `settled()` resolves once every write has been acknowledged — await it before navigating.
 * @param {{ parentOrigin: string, keys: string[], timeout?: number }} o
 */
export async function connectFrameStorage({ parentOrigin, keys, timeout = 2000 }) {
  if (isPractice()) return hostStorage();
  if (window.parent === window) return null;
  let seq = 0;
  const waiting = new Map();
  window.addEventListener('message', (e) => {
    if (e.origin !== parentOrigin || e.source !== window.parent || e.data?.type !== `${TYPE}reply`) return;
    waiting.get(e.data.id)?.(e.data.value ?? null);
    waiting.delete(e.data.id);
  });
  const ask = (type, key, value) => new Promise((resolve) => {
    const id = `${Date.now()}-${seq += 1}`;
    waiting.set(id, resolve);
    window.parent.postMessage({ type: `${TYPE}${type}`, id, key, value }, parentOrigin);
    setTimeout(() => { if (waiting.delete(id)) resolve(undefined); }, timeout);
  });

  const cache = new Map();
  const answers = await Promise.all(keys.map((k) => ask('get', k)));
  if (answers.some((v) => v === undefined)) return null; // no parent serving storage
  keys.forEach((k, i) => { if (answers[i] !== null) cache.set(k, answers[i]); });
  const pending = new Set();
  const track = (p) => { pending.add(p); p.finally(() => pending.delete(p)); };

  return {
    getItem: (k) => (cache.has(k) ? cache.get(k) : null),
    setItem(k, v) { cache.set(k, String(v)); track(ask('set', k, String(v))); },
    removeItem(k) { cache.delete(k); track(ask('remove', k)); },
    settled: () => Promise.all([...pending]).then(() => undefined),
  };
}
