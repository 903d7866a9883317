import { checkApiSecretKey, checkCredentialSet, checkRemoteSiteUrl, identityOrigin, liveCheck, permissionDeniedVerdict } from '../../lib/credentials';
import type { Finding, LiveCheckFetch } from '../../lib/credentials';
import type { CredentialCheckResult, Request } from '../../lib/messaging/protocol';

export interface CredentialCheckDeps {
  fetch: LiveCheckFetch;
  /** Whether the optional host permission for these origins is granted (only an extension page can ask). */
  hasPermission(origins: string[]): Promise<boolean>;
}

/**
 * Runs the format checks and, when asked, the live check. The values exist only in this call's
 * scope: nothing is stored or logged, and the verdict carries no secret or token.
 * (Placeholder wiring; the full handler is written with the credentials page.)
 */
export async function checkCredentials(request: Request<'credentials/check'>, deps: CredentialCheckDeps): Promise<CredentialCheckResult> {
  const findings: Finding[] = [];
  const { munchkinId = '', clientId = '', clientSecret = '' } = request;
  if (request.munchkinId !== undefined || request.clientId !== undefined || request.clientSecret !== undefined) {
    findings.push(...checkCredentialSet({ munchkinId, clientId, clientSecret }));
  }
  if (request.apiSecretKey !== undefined) findings.push(...checkApiSecretKey(request.apiSecretKey));
  if (request.remoteSiteUrl) findings.push(...checkRemoteSiteUrl(request.remoteSiteUrl.value, request.remoteSiteUrl.expected));
  if (!request.live) return { findings, live: null };
  const origin = identityOrigin(munchkinId);
  if (origin && !(await deps.hasPermission([`${origin}/*`]))) return { findings, live: permissionDeniedVerdict(munchkinId) };
  return { findings, live: await liveCheck({ munchkinId, clientId, clientSecret }, { fetch: deps.fetch }) };
}
