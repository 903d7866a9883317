import { findingMessage, type MessageParams } from './messages';
import type { CredentialField, Finding, FindingCode, Fix, FixKind, Severity, Verdict } from './types';

/**
 * Fields whose fix value may be a secret. The Client ID is included because when Client ID and
 * Client Secret are swapped, the Client ID field holds the secret.
 */
const SECRET_BEARING_FIELDS: ReadonlySet<CredentialField> = new Set<CredentialField>(['clientId', 'clientSecret', 'apiSecretKey']);

/** Builds a fix; for secret-bearing fields `value` is non-enumerable so that serialising the finding drops it. */
export function makeFix(field: CredentialField, kind: FixKind, value: string): Fix {
  if (!SECRET_BEARING_FIELDS.has(field)) return Object.freeze({ kind, value });
  const fix = { kind } as { kind: FixKind; value: string };
  Object.defineProperty(fix, 'value', { value, enumerable: false, writable: false, configurable: false });
  return Object.freeze(fix);
}

/** Builds a finding with its localized message. `params` may add to, but never override, the field. */
export function makeFinding(
  code: FindingCode,
  severity: Severity,
  field: CredentialField,
  options: { params?: Omit<MessageParams, 'field'>; fix?: Fix } = {},
): Finding {
  const message = findingMessage(code, { ...options.params, field });
  return options.fix ? { code, severity, field, message, fix: options.fix } : { code, severity, field, message };
}

/** The worst severity among the findings, or `ok` when there is none. */
export function summarize(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : 'ok';
}

/** True when none of the findings is an error (warnings allowed). */
export const hasNoErrors = (findings: readonly Finding[]): boolean => summarize(findings) !== 'error';
