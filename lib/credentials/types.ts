import type { Localized } from '../i18n/locale';

/** The input fields the guide checks. */
export const CREDENTIAL_FIELDS = ['munchkinId', 'clientId', 'clientSecret', 'apiSecretKey', 'remoteSiteUrl'] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

/** `error`: the value will not work as it is. `warning`: it may work, but is probably not what was meant. */
export type Severity = 'error' | 'warning';

/** Every finding code. Codes are stable: the UI and tests key on them, so never rename one. */
export const FINDING_CODES = [
  // Paste hygiene (any field)
  'empty',
  'leading-trailing-space',
  'inner-space',
  'line-break',
  'tab',
  'invisible-character',
  'wrapping-quotes',
  'smart-quote',
  // Shape of a single field
  'not-uuid',
  'not-32-alphanumerics',
  'truncated',
  'lowercase-munchkin',
  'munchkin-is-url',
  'not-munchkin-id',
  'url-in-field',
  'email-in-field',
  'secret-in-client-id-field',
  'client-id-in-secret-field',
  'api-secret-key-too-short',
  'api-secret-key-too-long',
  'api-secret-key-charset',
  // Salesforce remote site settings
  'remote-site-mismatch',
  'remote-site-http',
  'remote-site-missing-scheme',
  'remote-site-trailing-slash',
  'remote-site-extra-path',
  'remote-site-host-case',
  'remote-site-other-entry',
  // Across fields
  'swapped-id-secret',
  'same-value-in-two-fields',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** What applying a fix does. The UI labels its button after the kind. */
export type FixKind =
  | 'trim'
  | 'remove-invisible'
  | 'remove-line-breaks'
  | 'remove-tabs'
  | 'remove-spaces'
  | 'strip-quotes'
  | 'remove-quotes'
  | 'uppercase'
  | 'extract-munchkin'
  | 'swap'
  | 'use-expected-url';

/**
 * A safe correction: replacing the field's content with `value` removes this finding.
 * Fixes only ever remove characters that can never belong to the value, change letter case, or
 * extract/substitute a value whose shape is certain — they never pad or cut a value to the right length.
 * A fix addresses its own finding only; re-run the check after applying it (other findings may remain).
 *
 * SECRECY: a fix value derived from what was pasted (trim, remove-…, strip-quotes, swap) may BE THE
 * SECRET — in the Client Secret and API Secret Key fields always, and in any other field when a secret
 * was pasted into the wrong one. It must stay in memory: never log it, store it, send it in a message or
 * put it anywhere but into the field being fixed. As a safety net such values are non-enumerable, so
 * `JSON.stringify`, structured cloning (extension messaging, storage) and object spread all drop them —
 * read `fix.value` directly, do not copy or spread a fix. Only values the guide constructed itself
 * (`uppercase`/`extract-munchkin`: a Munchkin ID; `use-expected-url`: a public URL) are ordinary properties.
 */
export interface Fix {
  readonly kind: FixKind;
  readonly value: string;
}

/** One problem found in a pasted value. Never contains the checked value itself (see {@link Fix} for the exception). */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly field: CredentialField;
  /** What is wrong and what to do, in every UI language. Never quotes the checked value. */
  readonly message: Localized;
  readonly fix?: Fix;
}

/** Overall state of a set of findings: the worst severity, or `ok` when there are none. */
export type Verdict = 'ok' | 'warning' | 'error';

/** The values an admin pastes for the Marketo identity check. */
export interface CredentialSet {
  readonly munchkinId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}
