import { describe, expect, it } from 'vitest';
import {
  checkApiSecretKey,
  checkClientId,
  checkClientSecret,
  checkCredentialSet,
  checkMunchkinId,
  checkRemoteSiteUrl,
  CREDENTIAL_FIELDS,
  FINDING_CODES,
  LIVE_CHECK_OUTCOMES,
  liveCheck,
  permissionDeniedVerdict,
  turnedOffVerdict,
  REMOTE_SITE_URLS,
  type Finding,
  type LiveCheckResponse,
  type LiveCheckVerdict,
} from '../../lib/credentials';
import { findingMessage } from '../../lib/credentials/messages';
import { verdictMessage } from '../../lib/credentials/live-messages';

const SECRET = 'Zq7Lk2Vx9Tn4Rb8Wm3Hc6Jp1Fd5Gs0Ya';
const API_KEY = 'Mkto!SalesInsight#Key2024';
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TOKEN = 'cdf01657-110d-4155-99a7-f986b2ff13a0:int';
const [IMS, MSC] = REMOTE_SITE_URLS;

/** Ways a secret arrives dirty; every one of them yields findings, most with a fix carrying the secret. */
const dirty = (s: string): string[] => [
  s,
  ` ${s} `,
  `${s}\n`,
  `${s.slice(0, 10)}\n${s.slice(10)}`,
  `\t${s}`,
  `\u200B${s}\uFEFF`,
  `${s.slice(0, 10)}\u00A0${s.slice(10)}`,
  `"${s}"`,
  `\u201C${s}\u201D`,
  `${s}\u201D`,
  `${s.slice(0, 10)} ${s.slice(10)}`,
  s.slice(0, 25),
  `${s}X`,
];

function findingCorpus(): Finding[] {
  const out: Finding[] = [];
  for (const v of dirty(SECRET)) {
    out.push(...checkClientSecret(v), ...checkClientId(v), ...checkApiSecretKey(v));
    out.push(...checkCredentialSet({ munchkinId: '123-ABC-456', clientId: v, clientSecret: ID }));
    out.push(...checkCredentialSet({ munchkinId: '123-ABC-456', clientId: ID, clientSecret: v }));
    out.push(...checkCredentialSet({ munchkinId: v, clientId: v, clientSecret: v }));
  }
  for (const v of dirty(API_KEY)) out.push(...checkApiSecretKey(v));
  // Everything else, so that the corpus covers every finding code.
  for (const v of ['', '123-abc-456', '123-ABC-456.mktorest.com/rest', 'https://app-ab12.marketo.com', 'a@b.co', '123-ABC', 'nope']) {
    out.push(...checkMunchkinId(v));
  }
  out.push(...checkClientId(ID.slice(0, 20)), ...checkClientId('xyz'), ...checkClientSecret(ID));
  out.push(...checkApiSecretKey('short'), ...checkApiSecretKey('k'.repeat(300)), ...checkApiSecretKey('Schlüssel-2024'), ...checkApiSecretKey('My Key Phrase'));
  for (const v of [`${IMS}/`, 'http://IMS-NA1.adobelogin.com/x', 'ims-na1.adobelogin.com', 'https://example.com', MSC]) {
    out.push(...checkRemoteSiteUrl(v, IMS));
  }
  out.push(...checkCredentialSet({ munchkinId: '123-ABC-456', clientId: SECRET, clientSecret: ID }));
  return out;
}

const respond = (status: number, body: string) => async (): Promise<LiveCheckResponse> => new Response(body, { status });
const fetches: Array<() => Promise<LiveCheckResponse>> = [
  respond(200, JSON.stringify({ access_token: TOKEN, token_type: 'bearer', expires_in: 3599, scope: 'api@example.com' })),
  respond(200, JSON.stringify({ access_token: TOKEN })),
  respond(200, `not json ${TOKEN}`),
  respond(401, JSON.stringify({ error: 'invalid_client', error_description: `Bad client credentials: ${SECRET}` })),
  respond(400, JSON.stringify({ error: 'invalid_client', client_secret: SECRET })),
  respond(400, JSON.stringify({ error: 'other', client_secret: SECRET })),
  respond(429, SECRET),
  respond(200, JSON.stringify({ errors: [{ code: '606', message: SECRET }] })),
  respond(500, SECRET),
  respond(302, SECRET),
  () => Promise.reject(new TypeError(`Failed to fetch https://123-ABC-456.mktorest.com/identity/oauth/token?client_secret=${SECRET}`)),
  () => new Promise(() => {}),
];

async function verdictCorpus(): Promise<LiveCheckVerdict[]> {
  const out: LiveCheckVerdict[] = [];
  for (const f of fetches) out.push(await liveCheck({ munchkinId: '123-ABC-456', clientId: ID, clientSecret: SECRET }, { fetch: f, timeoutMs: 20 }));
  out.push(await liveCheck({ munchkinId: 'bad', clientId: ID, clientSecret: SECRET }, { fetch: fetches[0]! }));
  out.push(await liveCheck({ munchkinId: '123-ABC-456', clientId: ID, clientSecret: SECRET }, { fetch: fetches[0]!, signal: AbortSignal.abort() }));
  out.push(permissionDeniedVerdict('123-ABC-456'));
  out.push(turnedOffVerdict());
  return out;
}

describe('secrets never leak into findings or verdicts', () => {
  it('serialised findings contain neither the Client Secret nor the API Secret Key', () => {
    const findings = findingCorpus();
    expect(findings.length).toBeGreaterThan(100);
    const json = JSON.stringify(findings);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain(SECRET.slice(0, 25));
    expect(json).not.toContain(API_KEY);
    expect(JSON.stringify(structuredClone(findings))).not.toContain(SECRET);
  });

  it('fix values for secret fields are readable in memory but dropped by JSON, cloning and spread', () => {
    const [f] = checkClientSecret(` ${SECRET}`);
    expect(f?.fix?.value).toBe(SECRET);
    expect(JSON.stringify(f)).not.toContain(SECRET);
    expect(structuredClone(f)?.fix).toEqual({ kind: 'trim' });
    expect({ ...f?.fix }).toEqual({ kind: 'trim' });
    // A secret pasted into the wrong field is still hidden.
    const [m] = checkMunchkinId(`${SECRET}\n`);
    expect(m?.fix?.value).toBe(SECRET);
    expect(JSON.stringify(m)).not.toContain(SECRET);
    // Munchkin IDs the guide derived itself are not secret and stay serialisable.
    expect(JSON.stringify(checkMunchkinId('123-abc-456'))).toContain('"value":"123-ABC-456"');
  });

  it('serialised verdicts contain neither the secret nor the token', async () => {
    const verdicts = await verdictCorpus();
    expect(new Set(verdicts.map((v) => v.outcome))).toEqual(new Set(LIVE_CHECK_OUTCOMES));
    const json = JSON.stringify(verdicts);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain(TOKEN);
    expect(json).not.toContain(ID);
  });
});

describe('coverage and messages', () => {
  it('the test corpus produces every finding code', () => {
    const produced = new Set(findingCorpus().map((f) => f.code));
    expect([...FINDING_CODES].filter((c) => !produced.has(c))).toEqual([]);
  });

  it.each(FINDING_CODES)('%s has non-empty, different en and de messages for every field', (code) => {
    for (const field of CREDENTIAL_FIELDS) {
      const m = findingMessage(code, { field, other: 'clientId', length: 20, expectedLength: 32, expectedUrl: IMS, otherUrl: MSC });
      expect(m.en.trim()).not.toBe('');
      expect(m.de.trim()).not.toBe('');
      expect(m.de).not.toBe(m.en);
      expect(`${m.en} ${m.de}`).not.toMatch(/undefined|null|NaN/);
    }
  });

  it.each(LIVE_CHECK_OUTCOMES)('%s has non-empty, different en and de messages', (outcome) => {
    const m = verdictMessage(outcome, { host: '123-ABC-456.mktorest.com', status: 500, timeoutMs: 10_000, apiUser: 'a@b.co', fields: ['clientId'] });
    expect(m.en.trim()).not.toBe('');
    expect(m.de.trim()).not.toBe('');
    expect(m.de).not.toBe(m.en);
    expect(`${m.en} ${m.de}`).not.toMatch(/undefined|null|NaN/);
  });

  it('every produced finding and verdict carries both languages', async () => {
    const all = [...findingCorpus(), ...(await verdictCorpus())];
    for (const { message } of all) {
      expect(message.en).not.toBe('');
      expect(message.de).not.toBe(message.en);
    }
  });
});
