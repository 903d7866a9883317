// Credentials shown on the Integration Information card.
// Shaped like Marketo-issued REST credentials: the Client ID is a UUID
// (8-4-4-4-12 hex) and the Client Secret 32 alphanumerics. A seeded generator
// keeps test runs reproducible when a seed is given (`?seed=42`).

/** mulberry32: small, fast, good enough for fake data. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (rand, chars, n) => Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');

export function makeCredentials(rand = Math.random) {
  // UUID v4 layout: version nibble 4, variant nibble 8..b.
  const variant = HEX[8 + Math.floor(rand() * 4)];
  const clientId = [pick(rand, HEX, 8), pick(rand, HEX, 4), `4${pick(rand, HEX, 3)}`,
    `${variant}${pick(rand, HEX, 3)}`, pick(rand, HEX, 12)].join('-');
  return { clientId, clientSecret: pick(rand, ALNUM, 32) };
}

/** Fixed credentials for the "invited" and "synced" presets, so tests can assert them. */
export const PRESET_CREDENTIALS = Object.freeze({
  clientId: '3f2b8c1e-7a4d-4e9b-9c2a-5d8e1f0a6b73',
  clientSecret: 'Qm7ZkR2xVt9LpW4nHs8YcJ3dFg6BaE1u',
});
