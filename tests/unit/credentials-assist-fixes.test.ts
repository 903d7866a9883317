// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkApiSecretKey, checkCredentialSet, sanitize } from '../../lib/credentials';
import { applyFix, canFix, clean } from '../../components/content/assists/credentials-kit';

const ID = '3f2b8c1e-7a4d-4e9b-9c2a-5d8e1f0a6b73';
const SECRET = 'Qm7ZkR2xVt9LpW4nHs8YcJ3dFg6BaE1u';

/** Applies a fix the way the in-page assist does: on a field, reading its value at click time. */
function applied(value: string, fix: { kind: string; value?: string }): { value: string; inputEvents: number } {
  const field = document.createElement('input');
  field.value = value;
  let inputEvents = 0;
  field.addEventListener('input', () => inputEvents++);
  applyFix(field, fix);
  return { value: field.value, inputEvents };
}

/**
 * The content script computes the fixes whose values the background cannot send (they may be the
 * secret) with tiny helpers of its own. They must agree with lib/credentials, which decides which fix
 * is safe and what it produces.
 */
describe('in-page fixes agree with lib/credentials', () => {
  const cases: Array<[string, Partial<Record<'munchkinId' | 'clientId' | 'clientSecret', string>>]> = [
    ['spaces around the secret', { clientSecret: `  ${SECRET} ` }],
    ['a tab after the secret', { clientSecret: `${SECRET}\t` }],
    ['a line break around the ID', { clientId: `\r\n${ID}\n` }],
    ['a zero-width space inside the ID', { clientId: `${ID.slice(0, 10)}\u200B${ID.slice(10)}` }],
    ['a BOM and a no-break space around the secret', { clientSecret: `\uFEFF${SECRET}\u00A0` }],
    ['bidi marks in the Munchkin ID', { munchkinId: '\u200E123-ABC-456\u200F' }],
    ['a soft hyphen in the secret', { clientSecret: `${SECRET.slice(0, 5)}\u00AD${SECRET.slice(5)}` }],
    ['an inner space in a well-formed secret', { clientSecret: `${SECRET.slice(0, 16)} ${SECRET.slice(16)}` }],
    ['a lower-case Munchkin ID', { munchkinId: ' 123-abc-456' }],
    ['an endpoint as Munchkin ID', { munchkinId: 'https://123-abc-456.mktorest.com/rest' }],
  ];
  it.each(cases)('%s', (_name, over) => {
    const values = { munchkinId: '123-ABC-456', clientId: ID, clientSecret: SECRET, ...over };
    const fixes = checkCredentialSet(values).filter((f) => f.fix && canFix(f.fix));
    expect(fixes.length).toBeGreaterThan(0);
    for (const { field, code, fix } of fixes) {
      // What crosses messaging: the kind, and the value only when it is public.
      const wire = structuredClone(fix!) as { kind: string; value?: string };
      const result = applied(values[field as keyof typeof values], wire);
      expect(result.value, `${field} ${code}`).toBe(fix!.value);
      expect(result.inputEvents).toBe(1);
    }
  });

  it('agrees for the API Secret Key', () => {
    for (const raw of [' key-with-spaces-around ', '\u200Bzero-width-key', 'key\twith-tab-at-end\t']) {
      for (const { fix } of checkApiSecretKey(raw).filter((f) => f.fix && canFix(f.fix))) {
        expect(applied(raw, structuredClone(fix!)).value).toBe(fix!.value);
      }
    }
  });

  it('offers no fix it cannot compute (quotes, swaps: their values would have to cross messaging)', () => {
    expect(canFix({ kind: 'strip-quotes' })).toBe(false);
    expect(canFix({ kind: 'swap' })).toBe(false);
    expect(canFix({ kind: 'uppercase', value: '123-ABC-456' })).toBe(true);
  });
});

describe('clean (Copy buttons)', () => {
  it.each([
    [` \u200B${ID}\u00A0 `, ID],
    [`\n${SECRET}\r\n`, SECRET],
    [`\uFEFF${SECRET}\u2060`, SECRET],
    [ID, ID],
  ])('copies %j as the bare value, like lib sanitize', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
    expect(clean(raw)).toBe(sanitize(raw));
  });
});
