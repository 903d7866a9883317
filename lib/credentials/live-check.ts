import { compactOf } from './chars';
import { checkMunchkinId } from './fields';
import { hasNoErrors } from './finding';
import { verdictMessage, type VerdictMessageParams } from './live-messages';
import type { LiveCheckField, LiveCheckOptions, LiveCheckOutcome, LiveCheckResponse, LiveCheckVerdict } from './live-types';
import { isMunchkinId } from './shapes';
import type { CredentialSet } from './types';

export const DEFAULT_LIVE_CHECK_TIMEOUT_MS = 10_000;
/** Marketo REST error codes for "too many calls": rate limit, daily quota, concurrent access limit. */
const RATE_LIMIT_CODES = new Set(['606', '607', '615']);
const BAD_CREDENTIAL_ERRORS = new Set(['invalid_client', 'unauthorized']);

/** The Munchkin ID as used in host names (upper case), or null when it does not pass `checkMunchkinId`. */
export function munchkinForHost(munchkinId: string): string | null {
  if (!hasNoErrors(checkMunchkinId(munchkinId))) return null;
  const id = compactOf(munchkinId).toUpperCase();
  // Re-checked because the value becomes part of a host name.
  return isMunchkinId(id) ? id : null;
}

/** `https://<MUNCHKIN>.mktorest.com`, e.g. to request the host permission; null for an invalid Munchkin ID. */
export function identityOrigin(munchkinId: string): string | null {
  const id = munchkinForHost(munchkinId);
  return id ? `https://${id}.mktorest.com` : null;
}

/** The token URL. Contains the secret: pass it to fetch only, never log or store it. */
export function tokenUrl(munchkin: string, clientId: string, clientSecret: string): string {
  const q = `grant_type=client_credentials&client_id=${encodeURIComponent(clientId)}&client_secret=${encodeURIComponent(clientSecret)}`;
  return `https://${munchkin}.mktorest.com/identity/oauth/token?${q}`;
}

/** For the caller when the browser refused the host permission; `liveCheck` never returns it. */
export function permissionDeniedVerdict(munchkinId: string): LiveCheckVerdict {
  const id = munchkinForHost(munchkinId);
  return { outcome: 'permission-denied', message: verdictMessage('permission-denied', { host: id ? `${id}.mktorest.com` : undefined }) };
}

/** For the caller when the organisation's policy turned the live check off; `liveCheck` never returns it. */
export function turnedOffVerdict(): LiveCheckVerdict {
  return { outcome: 'turned-off', message: verdictMessage('turned-off') };
}

/**
 * Asks Marketo's identity endpoint for a token with the given credentials — exactly one GET, never
 * retried, never following a redirect — and says whether they work. The Client ID and Secret are sent
 * as given (no cleanup), so the result reflects what was pasted. Nothing is sent when the Munchkin ID
 * has errors or a credential is empty. The verdict never contains the secret or the token.
 */
export async function liveCheck(set: CredentialSet, options: LiveCheckOptions): Promise<LiveCheckVerdict> {
  const munchkin = munchkinForHost(set.munchkinId);
  const missing: LiveCheckField[] = [];
  if (!munchkin) missing.push('munchkinId');
  if (compactOf(set.clientId) === '') missing.push('clientId');
  if (compactOf(set.clientSecret) === '') missing.push('clientSecret');
  if (!munchkin || missing.length > 0) {
    return { outcome: 'invalid-input', fields: missing, message: verdictMessage('invalid-input', { fields: missing }) };
  }
  const host = `${munchkin}.mktorest.com`;
  if (options.signal?.aborted) return simple('cancelled', host);

  const timeoutMs = options.timeoutMs ?? DEFAULT_LIVE_CHECK_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  // Called through a local: `options.fetch(…)` would call the browser's fetch with `options` as
  // `this`, which throws "Illegal invocation".
  const doFetch = options.fetch;
  try {
    const init: RequestInit = { method: 'GET', redirect: 'manual', credentials: 'omit', cache: 'no-store', signal: controller.signal };
    const response = await untilAborted(doFetch(tokenUrl(munchkin, set.clientId, set.clientSecret), init), controller.signal);
    return await interpret(response, host, controller.signal);
  } catch {
    if (timedOut) return { outcome: 'timeout', timeoutMs, message: verdictMessage('timeout', { timeoutMs }) };
    if (options.signal?.aborted) return simple('cancelled', host);
    // fetch rejects with a TypeError for DNS failures, refused connections, offline and CORS alike.
    return simple('unknown-munchkin-or-network', host);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function simple(outcome: 'cancelled' | 'unknown-munchkin-or-network', host: string): LiveCheckVerdict {
  return { outcome, message: verdictMessage(outcome, { host }) };
}

function withStatus(
  outcome: Exclude<LiveCheckOutcome, 'valid' | 'timeout' | 'invalid-input' | 'permission-denied' | 'cancelled' | 'unknown-munchkin-or-network'>,
  status: number,
  host: string,
): LiveCheckVerdict {
  const params: VerdictMessageParams = { status, host };
  return { outcome, status, message: verdictMessage(outcome, params) };
}

/** Settles with the promise, or rejects on abort even if a stand-in fetch ignores the signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  ]);
}

async function interpret(response: LiveCheckResponse, host: string, signal: AbortSignal): Promise<LiveCheckVerdict> {
  const { status } = response;
  if (response.type === 'opaqueredirect' || response.redirected === true || (status >= 300 && status < 400)) {
    return withStatus('redirected', status, host);
  }
  if (status === 429) return withStatus('rate-limited', status, host);
  if (status >= 500) return withStatus('server-error', status, host);

  let text: string;
  try {
    text = await untilAborted(response.text(), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return withStatus('malformed-response', status, host);
  }
  const body = parseObject(text);
  if (body && rateLimitCode(body)) return withStatus('rate-limited', status, host);
  if (status === 401) return withStatus('bad-credentials', status, host);
  if (status === 400 && typeof body?.error === 'string' && BAD_CREDENTIAL_ERRORS.has(body.error)) {
    return withStatus('bad-credentials', status, host);
  }
  if (status >= 200 && status < 300) {
    // Only the API user and the lifetime are read; the token is checked for presence and dropped here.
    const ok = typeof body?.access_token === 'string' && body.access_token !== '';
    const expires = body?.expires_in;
    if (!ok || status !== 200 || typeof expires !== 'number' || !Number.isFinite(expires) || expires < 0) {
      return withStatus('malformed-response', status, host);
    }
    const apiUser = typeof body.scope === 'string' && body.scope !== '' ? body.scope : null;
    return { outcome: 'valid', apiUser, expiresInSeconds: expires, message: verdictMessage('valid', { apiUser }) };
  }
  return withStatus('unexpected-status', status, host);
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Marketo reports throttling as `{"errors":[{"code":"606",…}]}` (sometimes with a numeric code). */
function rateLimitCode(body: Record<string, unknown>): boolean {
  const codes = Array.isArray(body.errors) ? body.errors.map((e: unknown) => (typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined)) : [];
  return [...codes, body.error].some((c) => (typeof c === 'string' || typeof c === 'number') && RATE_LIMIT_CODES.has(String(c)));
}
