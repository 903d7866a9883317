import { describe, expect, it } from 'vitest';
import { checkApiSecretKey, checkClientId, checkClientSecret, checkMunchkinId, type Finding } from '../../lib/credentials';

const SECRET = 'Zq7Lk2Vx9Tn4Rb8Wm3Hc6Jp1Fd5Gs0Ya';
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const shape = (fs: readonly Finding[]) => fs.map((f) => [f.code, f.severity]);

describe('checkClientId', () => {
  it.each([
    ['lower-case UUID', ID],
    ['upper-case UUID', ID.toUpperCase()],
    ['mixed-case UUID', 'A1B2c3d4-E5F6-a7b8-C9D0-e1f2a3b4c5d6'],
  ])('%s → no findings', (_, value) => {
    expect(checkClientId(value)).toEqual([]);
  });

  it.each([
    ['last character missing', ID.slice(0, -1), 'truncated'],
    ['only the first group (double-click)', ID.slice(0, 8), 'truncated'],
    ['cut after a hyphen', ID.slice(0, 9), 'truncated'],
    ['first character missing', ID.slice(1), 'truncated'],
    ['first group missing', ID.slice(9), 'truncated'],
    ['short group in the middle', '3f2504e0-4f8-41d3-9a0c-0305e82c3301', 'not-uuid'],
    ['one character too many', `${ID}0`, 'not-uuid'],
    ['non-hex letter', ID.replace('f', 'g'), 'not-uuid'],
    ['hyphens missing', ID.replaceAll('-', '').slice(0, 31), 'not-uuid'],
    ['Munchkin ID', '123-ABC-456', 'not-uuid'],
    ['a Client Secret', SECRET, 'secret-in-client-id-field'],
    ['a URL', 'https://123-ABC-456.mktorest.com/identity', 'url-in-field'],
    ['a host name', '123-abc-456.mktorest.com', 'url-in-field'],
    ['an e-mail address', 'api-user@example.com', 'email-in-field'],
  ])('%s → %s (error, no fix)', (_, value, code) => {
    const findings = checkClientId(value);
    expect(shape(findings)).toEqual([[code, 'error']]);
    expect(findings[0]?.fix).toBeUndefined();
    expect(findings[0]?.field).toBe('clientId');
  });

  it('says how much of the ID arrived', () => {
    expect(checkClientId(ID.slice(0, 30))[0]?.message.en).toContain('30 of 36');
  });
});

describe('checkClientSecret', () => {
  it.each([
    ['mixed case', SECRET],
    ['digits only', '0'.repeat(32)],
    ['lower case only', 'abcdefghijklmnopqrstuvwxyzabcdef'],
  ])('%s → no findings', (_, value) => {
    expect(checkClientSecret(value)).toEqual([]);
  });

  it.each([
    ['31 characters', SECRET.slice(0, 31), 'truncated'],
    ['20 characters', SECRET.slice(0, 20), 'truncated'],
    ['19 characters', SECRET.slice(0, 19), 'not-32-alphanumerics'],
    ['33 characters', `${SECRET}x`, 'not-32-alphanumerics'],
    ['a hyphen inside', `${SECRET.slice(0, 31)}-`, 'not-32-alphanumerics'],
    ['an accented letter', `${SECRET.slice(0, 31)}é`, 'not-32-alphanumerics'],
    ['a Client ID', ID, 'client-id-in-secret-field'],
    ['a URL', 'https://ims-na1.adobelogin.com', 'url-in-field'],
    ['an e-mail address', 'api-user@example.com', 'email-in-field'],
  ])('%s → %s (error, no fix)', (_, value, code) => {
    const findings = checkClientSecret(value);
    expect(shape(findings)).toEqual([[code, 'error']]);
    expect(findings[0]?.fix).toBeUndefined();
  });

  it('never "fixes" a wrong length', () => {
    for (const v of [SECRET.slice(0, 25), `${SECRET}xy`, ` ${SECRET.slice(0, 25)} `]) {
      const lengthFinding = checkClientSecret(v).find((f) => f.code === 'truncated' || f.code === 'not-32-alphanumerics');
      expect(lengthFinding?.fix).toBeUndefined();
    }
  });
});

describe('checkMunchkinId', () => {
  it('accepts 123-ABC-456', () => {
    expect(checkMunchkinId('123-ABC-456')).toEqual([]);
  });

  it.each([
    ['lower case', '123-abc-456', 'lowercase-munchkin', 'warning', 'uppercase'],
    ['mixed case', '123-aBc-456', 'lowercase-munchkin', 'warning', 'uppercase'],
    ['host name', '123-abc-456.mktorest.com', 'munchkin-is-url', 'error', 'extract-munchkin'],
    ['REST endpoint', 'https://123-ABC-456.mktorest.com/rest', 'munchkin-is-url', 'error', 'extract-munchkin'],
    ['identity endpoint', 'https://123-abc-456.mktorest.com/identity', 'munchkin-is-url', 'error', 'extract-munchkin'],
    ['REST call URL', 'https://123-ABC-456.mktorest.com/rest/v1/leads.json?x=1', 'munchkin-is-url', 'error', 'extract-munchkin'],
    ['ID with /identity suffix', '123-ABC-456/identity', 'munchkin-is-url', 'error', 'extract-munchkin'],
    ['ID with /rest suffix', '123-abc-456/rest', 'munchkin-is-url', 'error', 'extract-munchkin'],
    ['host with trailing slash', '123-ABC-456.mktorest.com/', 'munchkin-is-url', 'error', 'extract-munchkin'],
  ])('%s → %s (%s) with fix %s → 123-ABC-456', (_, value, code, severity, kind) => {
    const findings = checkMunchkinId(value);
    expect(shape(findings)).toEqual([[code, severity]]);
    expect(findings[0]?.fix).toEqual({ kind, value: '123-ABC-456' });
  });

  it.each([
    ['last digit missing', '123-ABC-45', 'truncated'],
    ['first digit missing', '23-ABC-456', 'truncated'],
    ['last group missing', '123-ABC', 'truncated'],
    ['cut in the letters', '123-AB', 'truncated'],
    ['four digits', '1234-ABC-456', 'not-munchkin-id'],
    ['letters first', 'ABC-123-456', 'not-munchkin-id'],
    ['a Client ID', ID, 'not-munchkin-id'],
    ['another Marketo URL', 'https://app-ab12.marketo.com/#MM0A1', 'url-in-field'],
    ['an e-mail address', 'api@123-abc-456.mktorest.com', 'email-in-field'],
  ])('%s → %s (error, no fix)', (_, value, code) => {
    const findings = checkMunchkinId(value);
    expect(shape(findings)).toEqual([[code, 'error']]);
    expect(findings[0]?.fix).toBeUndefined();
  });
});

describe('checkApiSecretKey', () => {
  it.each([
    ['letters, digits and punctuation', 'S3cure!Key#2024'],
    ['exactly 8 characters', 'abcd1234'],
    ['255 characters', 'k'.repeat(255)],
    ['32 alphanumerics', SECRET],
  ])('%s → no findings', (_, value) => {
    expect(checkApiSecretKey(value)).toEqual([]);
  });

  it.each([
    ['7 characters', 'abc1234', ['api-secret-key-too-short']],
    ['256 characters', 'k'.repeat(256), ['api-secret-key-too-long']],
    ['an umlaut', 'Schlüssel-2024', ['api-secret-key-charset']],
    ['an en dash from autocorrect', 'key\u2013with\u2013dash', ['api-secret-key-charset']],
    ['short and non-ASCII', 'kéy', ['api-secret-key-too-short', 'api-secret-key-charset']],
    ['a remote site URL', 'https://mkto-sales-connect.adobe.io', ['url-in-field']],
  ])('%s → %j (warnings)', (_, value, expected) => {
    const findings = checkApiSecretKey(value);
    expect(findings.map((f) => f.code)).toEqual(expected);
    expect(findings.every((f) => f.severity === 'warning' && f.field === 'apiSecretKey' && !f.fix)).toBe(true);
  });

  it('reports paste debris as errors', () => {
    expect(shape(checkApiSecretKey(' S3cure!Key#2024\n'))).toEqual([
      ['leading-trailing-space', 'error'],
      ['line-break', 'error'],
    ]);
  });
});
