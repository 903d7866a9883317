import { describe, expect, it } from 'vitest';
import { checkCredentialSet, checkMunchkinId, summarize, type Finding } from '../../lib/credentials';

const SECRET = 'Zq7Lk2Vx9Tn4Rb8Wm3Hc6Jp1Fd5Gs0Ya';
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const MUNCHKIN = '123-ABC-456';
const summary = (fs: readonly Finding[]) => fs.map((f) => `${f.field}:${f.code}`);

describe('checkCredentialSet', () => {
  it('a clean set has no findings', () => {
    expect(checkCredentialSet({ munchkinId: MUNCHKIN, clientId: ID, clientSecret: SECRET })).toEqual([]);
  });

  it('reports swapped Client ID and Secret once per field, with the swap as fix', () => {
    const findings = checkCredentialSet({ munchkinId: MUNCHKIN, clientId: SECRET, clientSecret: ID });
    expect(summary(findings)).toEqual(['clientId:swapped-id-secret', 'clientSecret:swapped-id-secret']);
    expect(findings.map((f) => [f.severity, f.fix?.kind, f.fix?.value])).toEqual([
      ['error', 'swap', ID],
      ['error', 'swap', SECRET],
    ]);
  });

  it('detects a swap through paste debris and cleans the swapped values', () => {
    const findings = checkCredentialSet({ munchkinId: MUNCHKIN, clientId: ` ${SECRET}\n`, clientSecret: `"${ID}"` });
    expect(summary(findings)).toEqual([
      'clientId:leading-trailing-space',
      'clientId:line-break',
      'clientSecret:wrapping-quotes',
      'clientId:swapped-id-secret',
      'clientSecret:swapped-id-secret',
    ]);
    expect(findings.filter((f) => f.fix?.kind === 'swap').map((f) => f.fix?.value)).toEqual([ID, SECRET]);
  });

  it.each([
    ['ID in both fields', { munchkinId: MUNCHKIN, clientId: ID, clientSecret: ID }, ['clientSecret:client-id-in-secret-field', 'clientSecret:same-value-in-two-fields']],
    ['secret in both fields', { munchkinId: MUNCHKIN, clientId: SECRET, clientSecret: SECRET }, ['clientId:secret-in-client-id-field', 'clientSecret:same-value-in-two-fields']],
    ['Munchkin ID as Client ID', { munchkinId: MUNCHKIN, clientId: MUNCHKIN, clientSecret: SECRET }, ['clientId:not-uuid', 'clientId:same-value-in-two-fields']],
    ['same value up to debris and case', { munchkinId: MUNCHKIN, clientId: ID, clientSecret: ` ${ID.toUpperCase()}` }, ['clientSecret:leading-trailing-space', 'clientSecret:client-id-in-secret-field', 'clientSecret:same-value-in-two-fields']],
  ])('%s', (_, set, expected) => {
    const findings = checkCredentialSet(set);
    expect(summary(findings)).toEqual(expected);
    expect(findings.find((f) => f.code === 'same-value-in-two-fields')?.fix).toBeUndefined();
  });

  it('names the other field in the same-value message', () => {
    const f = checkCredentialSet({ munchkinId: MUNCHKIN, clientId: ID, clientSecret: ID }).find((x) => x.code === 'same-value-in-two-fields');
    expect(f?.message.en).toContain('Client ID');
    expect(f?.message.de).toContain('„Client-ID“');
  });

  it('does not call empty fields duplicates', () => {
    expect(summary(checkCredentialSet({ munchkinId: MUNCHKIN, clientId: '', clientSecret: ' ' }))).toEqual(['clientId:empty', 'clientSecret:empty']);
  });

  it('runs every single-field check', () => {
    expect(summary(checkCredentialSet({ munchkinId: '123-abc-456.mktorest.com', clientId: ID.slice(0, 20), clientSecret: SECRET.slice(0, 25) }))).toEqual([
      'munchkinId:munchkin-is-url',
      'clientId:truncated',
      'clientSecret:truncated',
    ]);
  });
});

describe('summarize', () => {
  it.each([
    ['no findings', [], 'ok'],
    ['a warning', checkMunchkinId('123-abc-456'), 'warning'],
    ['an error', checkMunchkinId('123-ABC'), 'error'],
    ['errors and warnings', [...checkMunchkinId('123-abc-456'), ...checkMunchkinId('')], 'error'],
  ] as const)('%s → %s', (_, findings, verdict) => {
    expect(summarize(findings)).toBe(verdict);
  });
});
