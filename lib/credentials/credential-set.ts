import { compactOf } from './chars';
import { checkClientId, checkClientSecret, checkMunchkinId } from './fields';
import { makeFinding, makeFix } from './finding';
import { isClientSecretShape, isUuid } from './shapes';
import type { CredentialSet, Finding } from './types';

/** Checks the three values together: each field on its own, then swapped and duplicated values. */
export function checkCredentialSet(set: CredentialSet): Finding[] {
  const compact = {
    munchkinId: compactOf(set.munchkinId),
    clientId: compactOf(set.clientId),
    clientSecret: compactOf(set.clientSecret),
  };
  const swapped = isClientSecretShape(compact.clientId) && isUuid(compact.clientSecret);
  // When the two are swapped, "secret in the ID field" and "ID in the secret field" are one mistake:
  // report it once per field, with the other field's value as the fix.
  const perField = [...checkMunchkinId(set.munchkinId), ...checkClientId(set.clientId), ...checkClientSecret(set.clientSecret)].filter(
    (f) => !swapped || (f.code !== 'secret-in-client-id-field' && f.code !== 'client-id-in-secret-field'),
  );
  const cross: Finding[] = [];
  if (swapped) {
    cross.push(
      makeFinding('swapped-id-secret', 'error', 'clientId', { fix: makeFix('swap', compact.clientSecret) }),
      makeFinding('swapped-id-secret', 'error', 'clientSecret', { fix: makeFix('swap', compact.clientId) }),
    );
  }
  const pairs = [
    ['munchkinId', 'clientId'],
    ['munchkinId', 'clientSecret'],
    ['clientId', 'clientSecret'],
  ] as const;
  for (const [first, second] of pairs) {
    if (compact[first] !== '' && compact[first].toLowerCase() === compact[second].toLowerCase()) {
      cross.push(makeFinding('same-value-in-two-fields', 'error', second, { params: { other: first } }));
    }
  }
  return [...perField, ...cross];
}
