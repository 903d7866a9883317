import { checkApiSecretKey, checkCredentialSet, checkRemoteSiteUrl, identityOrigin, liveCheck, permissionDeniedVerdict, turnedOffVerdict } from '../../lib/credentials';
import type { CredentialSet, Finding, LiveCheckFetch, LiveCheckField, LiveCheckVerdict } from '../../lib/credentials';
import { verdictMessage } from '../../lib/credentials/live-messages';
import type { CredentialCheckResult, Request } from '../../lib/messaging/protocol';

/** What the handler needs from the browser; injected so unit tests run without one. */
export interface CredentialCheckDeps {
  /** `fetch` for the one request to Marketo's identity endpoint. */
  fetch: LiveCheckFetch;
  /**
   * Whether the optional host permission for these origins is granted. The background only checks:
   * asking needs a user gesture, which only an extension page (the Check credentials page) has.
   */
  hasPermission(origins: string[]): Promise<boolean>;
  /** Live-check timeout in ms; the library default (10 s) when absent. */
  timeoutMs?: number;
  /** False when the organisation turned the live check off: nothing is sent, the verdict says so. */
  liveAllowed?(): boolean;
}

const LIVE_FIELDS: readonly LiveCheckField[] = ['munchkinId', 'clientId', 'clientSecret'];

/** The three identity values of a request; absent ones are empty (and so reported as `empty`). */
const credentialSet = (request: Request<'credentials/check'>): CredentialSet => ({
  munchkinId: request.munchkinId ?? '',
  clientId: request.clientId ?? '',
  clientSecret: request.clientSecret ?? '',
});

/** Format and paste-hygiene findings for every value the request carries. */
function formatFindings(request: Request<'credentials/check'>): Finding[] {
  const findings: Finding[] = [];
  // A live check always needs all three values, so it reports the missing ones too.
  const hasIdentityValues = request.munchkinId !== undefined || request.clientId !== undefined || request.clientSecret !== undefined;
  if (hasIdentityValues || request.live) findings.push(...checkCredentialSet(credentialSet(request)));
  if (request.apiSecretKey !== undefined) findings.push(...checkApiSecretKey(request.apiSecretKey));
  if (request.remoteSiteUrl) findings.push(...checkRemoteSiteUrl(request.remoteSiteUrl.value, request.remoteSiteUrl.expected));
  return findings;
}

async function liveVerdict(set: CredentialSet, findings: readonly Finding[], deps: CredentialCheckDeps): Promise<LiveCheckVerdict> {
  // Values with format errors would only earn a misleading "rejected" (or reach Marketo with paste
  // debris in them): nothing is sent until they are fixed.
  if (deps.liveAllowed && !deps.liveAllowed()) return turnedOffVerdict();
  const blocked = LIVE_FIELDS.filter((field) => findings.some((f) => f.field === field && f.severity === 'error'));
  if (blocked.length > 0) return { outcome: 'invalid-input', fields: blocked, message: verdictMessage('invalid-input', { fields: blocked }) };
  const origin = identityOrigin(set.munchkinId);
  if (!origin || !(await deps.hasPermission([`${origin}/*`]))) return permissionDeniedVerdict(set.munchkinId);
  return liveCheck(set, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
}

/**
 * Runs the format checks and, when asked, the live check against Marketo's identity endpoint.
 *
 * Secrecy: the values exist only in this call's scope. Nothing is stored or logged; the result holds
 * findings (whose fix values derived from pasted text are non-enumerable, so messaging drops them) and a
 * verdict that never carries the secret, the Client ID or the token. Exceptions are turned into a
 * generic error reply by the router, never into a message that could quote the payload.
 */
export async function checkCredentials(request: Request<'credentials/check'>, deps: CredentialCheckDeps): Promise<CredentialCheckResult> {
  const findings = formatFindings(request);
  if (!request.live) return { findings, live: null };
  return { findings, live: await liveVerdict(credentialSet(request), findings, deps) };
}
