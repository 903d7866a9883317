import type { z } from 'zod';
import { containsSecretLike } from './redact';

/**
 * A readable path to the first bad field, e.g. `steps.2.status` (keys only, never the value). An unknown
 * key is the file's own text: it is named only when it is a plain short word that looks like no secret.
 */
function fieldPath(path: readonly PropertyKey[]): string | undefined {
  const joined = path.map(String).join('.');
  return /^[\w.-]{1,80}$/.test(joined) && !containsSecretLike(joined) ? joined : undefined;
}

/**
 * The last checks every file we read (reports, assessment results) passes: every field against the strict
 * schema, then nothing shaped like a secret or an e-mail address anywhere. A refusal names the first bad
 * field when that is safe to show.
 */
export function readStrict<S extends z.ZodType>(schema: S, data: unknown): { ok: true; data: z.infer<S> } | { ok: false; field?: string } {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const field = fieldPath([...(issue?.path ?? []), ...keys]);
    return { ok: false, ...(field ? { field } : {}) };
  }
  if (containsSecretLike(parsed.data)) return { ok: false };
  return { ok: true, data: parsed.data };
}
