/**
 * Framework-free credential checks for the setup guide: format and paste-hygiene findings for the
 * values an admin copies between Marketo, Sales Insight Actions and Salesforce, and a one-shot live
 * check against Marketo's identity endpoint. Nothing here logs, stores or returns a secret
 * (see `Fix` for the one in-memory exception).
 */
export type { CredentialField, CredentialSet, Finding, FindingCode, Fix, FixKind, Severity, Verdict } from './types';
export { CREDENTIAL_FIELDS, FINDING_CODES } from './types';
export { FIELD_LABELS } from './messages';
export { summarize, hasNoErrors } from './finding';
export { sanitize } from './hygiene';
export { checkApiSecretKey, checkClientId, checkClientSecret, checkMunchkinId, API_SECRET_KEY_MAX_LENGTH, API_SECRET_KEY_MIN_LENGTH } from './fields';
export { checkRemoteSiteUrl, REMOTE_SITE_URLS, type RemoteSiteUrl } from './remote-site';
export { checkCredentialSet } from './credential-set';
export type { LiveCheckField, LiveCheckFetch, LiveCheckOptions, LiveCheckOutcome, LiveCheckResponse, LiveCheckVerdict } from './live-types';
export { LIVE_CHECK_OUTCOMES } from './live-types';
export { liveCheck, identityOrigin, permissionDeniedVerdict, turnedOffVerdict, DEFAULT_LIVE_CHECK_TIMEOUT_MS } from './live-check';
