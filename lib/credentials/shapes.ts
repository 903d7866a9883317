/** Shape predicates for Marketo credentials, applied to compacted values (see `compactOf`). */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_GROUPS = [8, 4, 4, 4, 12] as const;
const SECRET = /^[A-Za-z0-9]{32}$/;
const MUNCHKIN = /^\d{3}-[A-Z]{3}-\d{3}$/;
const MUNCHKIN_ANY_CASE = /^\d{3}-[A-Za-z]{3}-\d{3}$/i;
/** A Munchkin ID inside a URL, host name or endpoint path: 123-abc-456.mktorest.com, https://…/rest, 123-ABC-456/identity. */
const MUNCHKIN_URL = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/)?(\d{3}-[a-z]{3}-\d{3})((?:\.[a-z0-9-]+)*)(?::\d+)?([/?#].*)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = [/^[a-z][a-z0-9+.-]*:\/\//i, /^www\./i, /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i];

/** Client ID: UUID, 8-4-4-4-12 hex, any case. */
export const isUuid = (s: string): boolean => UUID.test(s);
/** Client Secret: exactly 32 ASCII letters and digits. */
export const isClientSecretShape = (s: string): boolean => SECRET.test(s);
/** Munchkin ID exactly as Marketo writes it: 123-ABC-456. */
export const isMunchkinId = (s: string): boolean => MUNCHKIN.test(s);
export const isMunchkinIdAnyCase = (s: string): boolean => MUNCHKIN_ANY_CASE.test(s);
export const looksLikeEmail = (s: string): boolean => EMAIL.test(s);
export const looksLikeUrl = (s: string): boolean => URL_LIKE.some((re) => re.test(s));

/**
 * A UUID with characters missing at the start or the end: hex groups separated by hyphens that line up
 * with 8-4-4-4-12 from the left (only the last group may be short) or from the right (only the first
 * may be short). Catches a selection that stopped early or started late, and a double-click that
 * selected only one group; a value with a short group in the middle is something else.
 */
export function isTruncatedUuid(s: string): boolean {
  if (!/^[0-9a-f-]+$/i.test(s) || s.length >= 36 || !/[0-9a-f]/i.test(s)) return false;
  const lengths = s.split('-').map((g) => g.length);
  const n = lengths.length;
  if (n > UUID_GROUPS.length) return false;
  const fromLeft = lengths.every((len, i) => {
    const full = UUID_GROUPS[i] ?? 0;
    return i < n - 1 ? len === full : len <= full;
  });
  const fromRight = lengths.every((len, i) => {
    const full = UUID_GROUPS[UUID_GROUPS.length - n + i] ?? 0;
    return i > 0 ? len === full : len <= full;
  });
  return fromLeft || fromRight;
}

/** Secrets of 20–31 letters and digits: the right alphabet, too short. Shorter ones are just wrong. */
export const isTruncatedSecret = (s: string): boolean => /^[A-Za-z0-9]{20,31}$/.test(s);

/** A Munchkin ID with characters missing at either end (123-ABC-45, 23-ABC-456, 123-ABC). */
export function isTruncatedMunchkin(s: string): boolean {
  const groups = s.split('-');
  if (groups.length > 3 || s.length >= 11) return false;
  // With all three groups present the cut may be at either end (23-ABC-456, 123-ABC-45);
  // with fewer, the value was cut at the end (123-AB) and must start with digits.
  const patterns = groups.length === 3 ? [/^\d{0,3}$/, /^[a-z]{3}$/i, /^\d{0,3}$/] : [/^\d{1,3}$/, /^[a-z]{0,3}$/i];
  return groups.every((g, i) => patterns[i]?.test(g) ?? false);
}

/** The Munchkin ID inside a URL, host name or endpoint path, upper-cased; null if there is none. */
export function munchkinFromUrl(s: string): string | null {
  const m = MUNCHKIN_URL.exec(s);
  if (!m?.[1]) return null;
  // The bare ID is not a URL; a URL needs a host suffix, a path, or a scheme.
  if (!m[2] && !m[3] && !s.includes('/')) return null;
  return m[1].toUpperCase();
}
