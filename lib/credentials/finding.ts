import { findingMessage, type MessageParams } from './messages';
import type { CredentialField, Finding, FindingCode, Fix, FixKind, Severity, Verdict } from './types';

/**
 * Builds a fix whose value came from what the admin pasted. Anything pasted may be a secret (a Client
 * Secret pasted into the Munchkin ID field is still a secret), so `value` is non-enumerable:
 * serialising, cloning or spreading the finding drops it, while the UI can still read `fix.value`.
 */
export function makeFix(kind: FixKind, value: string): Fix {
  const fix = { kind } as { kind: FixKind; value: string };
  Object.defineProperty(fix, 'value', { value, enumerable: false, writable: false, configurable: false });
  return Object.freeze(fix);
}

/**
 * Builds a fix whose value the guide constructed and knows not to be secret: a Munchkin ID it
 * extracted or upper-cased (checked against the Munchkin pattern by the caller), or a remote site URL
 * constant. Its value is an ordinary property.
 */
export function makePublicFix(kind: 'uppercase' | 'extract-munchkin' | 'use-expected-url', value: string): Fix {
  return Object.freeze({ kind, value });
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
