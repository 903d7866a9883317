// The Client ID and Client Secret the Integration Information card shows once the instance is active.
// Derived from the Munchkin ID on every load (so nothing secret is ever stored), in Marketo's formats:
// a UUID and a 32-character alphanumeric secret.

function generator(seed) {
  let state = [...seed].reduce((acc, ch) => Math.imul(acc ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');

/** { clientId, clientSecret } for a Munchkin ID. */
export function credentialsFor(munchkinId) {
  const next = generator(`actions:${munchkinId}`);
  const hex = (n) => pick(next, '0123456789abcdef', n);
  return {
    clientId: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    clientSecret: pick(next, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32),
  };
}
