import { codePoints, compactOf, coreOf, isBlank, isTypographicQuote, removeWhere } from './chars';
import { makeFinding, makePublicFix } from './finding';
import { hygieneFindings, type FieldRules } from './hygiene';
import {
  isClientSecretShape,
  isMunchkinId,
  isMunchkinIdAnyCase,
  isTruncatedMunchkin,
  isTruncatedSecret,
  isTruncatedUuid,
  isUuid,
  looksLikeEmail,
  looksLikeUrl,
  munchkinFromUrl,
} from './shapes';
import type { CredentialField, Finding } from './types';

const RULES = {
  clientId: { field: 'clientId', lenient: false, isWellFormed: isUuid },
  clientSecret: { field: 'clientSecret', lenient: false, isWellFormed: isClientSecretShape },
  munchkinId: { field: 'munchkinId', lenient: false, isWellFormed: isMunchkinIdAnyCase },
  apiSecretKey: { field: 'apiSecretKey', lenient: true, isWellFormed: () => false },
} as const satisfies Record<string, FieldRules>;

/** Runs the hygiene checks, then — unless the field is empty — the shape check on the compacted value. */
function check(value: string, rules: FieldRules, shape: (compact: string) => Finding[]): Finding[] {
  const hygiene = hygieneFindings(value, rules);
  if (hygiene.some((f) => f.code === 'empty')) return hygiene;
  return [...hygiene, ...shape(compactOf(value))];
}

/** An e-mail address or a link where an ID or secret belongs. */
function misplaced(c: string, field: CredentialField): Finding | null {
  if (looksLikeEmail(c)) return makeFinding('email-in-field', 'error', field);
  if (looksLikeUrl(c)) return makeFinding('url-in-field', 'error', field);
  return null;
}

const truncated = (field: CredentialField, c: string, expectedLength: number): Finding =>
  makeFinding('truncated', 'error', field, { params: { length: codePoints(c).length, expectedLength } });

/** Checks a pasted Client ID: a UUID (8-4-4-4-12 hex digits, any case). */
export function checkClientId(value: string): Finding[] {
  return check(value, RULES.clientId, (c) => {
    if (isUuid(c)) return [];
    const wrongThing = misplaced(c, 'clientId');
    if (wrongThing) return [wrongThing];
    if (isClientSecretShape(c)) return [makeFinding('secret-in-client-id-field', 'error', 'clientId')];
    if (isTruncatedUuid(c)) return [truncated('clientId', c, 36)];
    return [makeFinding('not-uuid', 'error', 'clientId')];
  });
}

/** Checks a pasted Client Secret: exactly 32 ASCII letters and digits. */
export function checkClientSecret(value: string): Finding[] {
  return check(value, RULES.clientSecret, (c) => {
    if (isClientSecretShape(c)) return [];
    const wrongThing = misplaced(c, 'clientSecret');
    if (wrongThing) return [wrongThing];
    if (isUuid(c)) return [makeFinding('client-id-in-secret-field', 'error', 'clientSecret')];
    if (isTruncatedSecret(c)) return [truncated('clientSecret', c, 32)];
    return [makeFinding('not-32-alphanumerics', 'error', 'clientSecret')];
  });
}

/**
 * Checks a pasted Munchkin ID: `123-ABC-456`. A URL, host name or endpoint containing the ID yields
 * `munchkin-is-url` with the extracted, upper-cased ID as fix; lower-case letters yield a warning
 * (host names ignore case, but forms may compare the ID exactly) with the upper-cased ID as fix.
 */
export function checkMunchkinId(value: string): Finding[] {
  return check(value, RULES.munchkinId, (c) => {
    if (isMunchkinId(c)) return [];
    if (looksLikeEmail(c)) return [makeFinding('email-in-field', 'error', 'munchkinId')];
    const extracted = munchkinFromUrl(c);
    if (extracted) {
      return [makeFinding('munchkin-is-url', 'error', 'munchkinId', { fix: makePublicFix('extract-munchkin', extracted) })];
    }
    if (looksLikeUrl(c)) return [makeFinding('url-in-field', 'error', 'munchkinId')];
    if (isMunchkinIdAnyCase(c)) {
      return [makeFinding('lowercase-munchkin', 'warning', 'munchkinId', { fix: makePublicFix('uppercase', c.toUpperCase()) })];
    }
    if (isTruncatedMunchkin(c)) return [truncated('munchkinId', c, 11)];
    return [makeFinding('not-munchkin-id', 'error', 'munchkinId')];
  });
}

/**
 * Assumptions for the API Secret Key (Marketo Admin › Sales Insight › Edit API Configuration, pasted
 * into the Salesforce MSI config): the admin chooses it freely and Marketo documents no format, so
 * only debris is an error. Everything else is a warning: shorter than 8 characters (likely cut off),
 * longer than 255 (likely more than the key was pasted), or characters outside printable ASCII
 * (U+0021–U+007E), which usually come from autocorrect (en dash, accented letters) and may not
 * survive being typed or encoded identically on both sides.
 */
export const API_SECRET_KEY_MIN_LENGTH = 8;
export const API_SECRET_KEY_MAX_LENGTH = 255;

/** Checks a pasted API Secret Key; see the assumptions on {@link API_SECRET_KEY_MIN_LENGTH}. */
export function checkApiSecretKey(value: string): Finding[] {
  return check(value, RULES.apiSecretKey, () => {
    // Judge the key with inner spaces kept: they may be intended and are reported as a warning already.
    const key = removeWhere(coreOf(value), isTypographicQuote);
    if (looksLikeUrl(key)) return [makeFinding('url-in-field', 'warning', 'apiSecretKey')];
    const cps = codePoints(key);
    const out: Finding[] = [];
    if (cps.length < API_SECRET_KEY_MIN_LENGTH) out.push(makeFinding('api-secret-key-too-short', 'warning', 'apiSecretKey'));
    if (cps.length > API_SECRET_KEY_MAX_LENGTH) out.push(makeFinding('api-secret-key-too-long', 'warning', 'apiSecretKey'));
    const outsideAscii = (ch: string) => !isBlank(ch) && ((ch.codePointAt(0) ?? 0) < 0x21 || (ch.codePointAt(0) ?? 0) > 0x7e);
    if (cps.some(outsideAscii)) out.push(makeFinding('api-secret-key-charset', 'warning', 'apiSecretKey'));
    return out;
  });
}
