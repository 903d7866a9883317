import type { Localized } from '../i18n/locale';

/** Every live-check outcome. */
export const LIVE_CHECK_OUTCOMES = [
  'valid',
  'bad-credentials',
  'unknown-munchkin-or-network',
  'timeout',
  'server-error',
  'rate-limited',
  'malformed-response',
  'redirected',
  'unexpected-status',
  'permission-denied',
  'invalid-input',
  'cancelled',
  'turned-off',
] as const;
export type LiveCheckOutcome = (typeof LIVE_CHECK_OUTCOMES)[number];

/** The fields the live check needs. */
export type LiveCheckField = 'munchkinId' | 'clientId' | 'clientSecret';

interface Base<O extends LiveCheckOutcome> {
  readonly outcome: O;
  /** What happened and what to do, in every UI language. Never contains the secret or the token. */
  readonly message: Localized;
}

/**
 * Result of {@link liveCheck}. Never contains the Client Secret or the access token; the
 * Client ID is not included either, so a verdict may be logged or stored.
 *
 * - `valid`: Marketo issued a token. `apiUser` is the API user from `scope` (null if absent),
 *   `expiresInSeconds` the token lifetime. The token itself is discarded.
 * - `bad-credentials`: 401, or 400 with error `invalid_client`/`unauthorized`.
 * - `unknown-munchkin-or-network`: the request failed (DNS, refused connection, offline, CORS).
 * - `timeout`: no complete answer within `timeoutMs`.
 * - `server-error`: 5xx. `rate-limited`: 429, or Marketo error 606/607/615.
 * - `malformed-response`: a success without a usable token, or a body that is not JSON.
 * - `redirected`: a 3xx/opaque redirect; never followed.
 * - `unexpected-status`: any other status (403, 404, 400 with another error…).
 * - `permission-denied`: not produced by `liveCheck`; for the caller when the browser refused the host
 *   permission (see `permissionDeniedVerdict`).
 * - `invalid-input`: nothing was sent because a field is empty or the Munchkin ID has errors.
 * - `cancelled`: the caller's `signal` aborted.
 * - `turned-off`: not produced by `liveCheck`; the organisation's policy turned the live check off, nothing was sent.
 */
export type LiveCheckVerdict =
  | (Base<'valid'> & { readonly apiUser: string | null; readonly expiresInSeconds: number })
  | (Base<'bad-credentials'> & { readonly status: number })
  | Base<'unknown-munchkin-or-network'>
  | (Base<'timeout'> & { readonly timeoutMs: number })
  | (Base<'server-error'> & { readonly status: number })
  | (Base<'rate-limited'> & { readonly status: number })
  | (Base<'malformed-response'> & { readonly status: number })
  | (Base<'redirected'> & { readonly status: number })
  | (Base<'unexpected-status'> & { readonly status: number })
  | Base<'permission-denied'>
  | (Base<'invalid-input'> & { readonly fields: readonly LiveCheckField[] })
  | Base<'cancelled'>
  | Base<'turned-off'>;

/** The part of a fetch `Response` the check reads; a real `Response` fits. */
export interface LiveCheckResponse {
  readonly status: number;
  /** `opaqueredirect` for a redirect under `redirect: 'manual'`. */
  readonly type?: string;
  readonly redirected?: boolean;
  text(): Promise<string>;
}

/** `fetch` or a stand-in; `globalThis.fetch` fits. */
export type LiveCheckFetch = (url: string, init: RequestInit) => Promise<LiveCheckResponse>;

export interface LiveCheckOptions {
  readonly fetch: LiveCheckFetch;
  /** Abort and report `timeout` after this many milliseconds. Default 10 000. */
  readonly timeoutMs?: number;
  /** Aborting it cancels the check (`cancelled`). */
  readonly signal?: AbortSignal;
}
