import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkCredentials, type CredentialCheckDeps } from '../../entrypoints/background/credential-check';
import { createRouter } from '../../entrypoints/background/router';
import { createFocus } from '../../entrypoints/background/guide-handlers';
import { createTabPages } from '../../entrypoints/background/tab-pages';
import type { LiveCheckResponse } from '../../lib/credentials';
import type { Request } from '../../lib/messaging/protocol';
import { createProgressStore } from '../../stores/progress-store';

const SECRET = 'Zq7Lk2Vx9Tn4Rb8Wm3Hc6Jp1Fd5Gs0Ya';
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TOKEN = 'cdf01657-110d-4155-99a7-f986b2ff13a0:int';
const VALID_BODY = { access_token: TOKEN, token_type: 'bearer', expires_in: 3599, scope: 'api-user@example.com' };

type CheckRequest = Request<'credentials/check'>;
const request = (over: Partial<CheckRequest> = {}): CheckRequest => ({
  type: 'credentials/check',
  munchkinId: '123-ABC-456',
  clientId: ID,
  clientSecret: SECRET,
  live: false,
  ...over,
});

/** Injected browser: a recording fetch answering `respond`, and a permission check answering `granted`. */
function deps(respond: (init: RequestInit) => Promise<LiveCheckResponse>, granted = true, timeoutMs?: number) {
  const urls: string[] = [];
  const asked: string[][] = [];
  const d: CredentialCheckDeps = {
    fetch: (url, init) => {
      urls.push(url);
      return respond(init);
    },
    hasPermission: async (origins) => {
      asked.push(origins);
      return granted;
    },
    timeoutMs,
  };
  return Object.assign(d, { urls, asked });
}
const answer = (status: number, body: unknown) => async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
const hang = (init: RequestInit) =>
  new Promise<LiveCheckResponse>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

/** Everything that leaves the handler, as messaging would carry it. */
const wire = (value: unknown) => JSON.stringify(structuredClone(value));

describe('checkCredentials: format only', () => {
  it.each<[string, Partial<CheckRequest>, string[]]>([
    ['all three right', {}, []],
    ['a trailing space on the secret', { clientSecret: `${SECRET} ` }, ['clientSecret:leading-trailing-space']],
    ['a lower-case Munchkin ID', { munchkinId: '123-abc-456' }, ['munchkinId:lowercase-munchkin']],
    ['an endpoint pasted as Munchkin ID', { munchkinId: 'https://123-abc-456.mktorest.com/rest' }, ['munchkinId:munchkin-is-url']],
    ['ID and secret swapped', { clientId: SECRET, clientSecret: ID }, ['clientId:swapped-id-secret', 'clientSecret:swapped-id-secret']],
    ['only the API Secret Key', { munchkinId: undefined, clientId: undefined, clientSecret: undefined, apiSecretKey: 'abc' }, ['apiSecretKey:api-secret-key-too-short']],
    [
      'only a remote site URL',
      { munchkinId: undefined, clientId: undefined, clientSecret: undefined, remoteSiteUrl: { value: 'http://ims-na1.adobelogin.com', expected: 'https://ims-na1.adobelogin.com' } },
      ['remoteSiteUrl:remote-site-http'],
    ],
  ])('%s', async (_name, over, expected) => {
    const d = deps(answer(200, VALID_BODY));
    const result = await checkCredentials(request(over), d);
    expect(result.findings.map((f) => `${f.field}:${f.code}`)).toEqual(expected);
    expect(result.live).toBeNull();
    expect(d.urls).toEqual([]);
    expect(d.asked).toEqual([]);
  });

  it('keeps the public fix value (an extracted Munchkin ID) and drops fix values taken from pasted text', async () => {
    const result = await checkCredentials(request({ munchkinId: '123-abc-456.mktorest.com/rest', clientSecret: ` ${SECRET}` }), deps(answer(200, {})));
    const sent = JSON.parse(wire(result)) as { findings: Array<{ code: string; fix?: { kind: string; value?: string } }> };
    expect(sent.findings.find((f) => f.code === 'munchkin-is-url')?.fix).toEqual({ kind: 'extract-munchkin', value: '123-ABC-456' });
    expect(sent.findings.find((f) => f.code === 'leading-trailing-space')?.fix).toEqual({ kind: 'trim' });
  });
});

describe('checkCredentials: live', () => {
  it.each<[string, () => Promise<LiveCheckResponse>, string, Record<string, unknown>]>([
    ['valid', answer(200, VALID_BODY), 'valid', { apiUser: 'api-user@example.com', expiresInSeconds: 3599 }],
    ['401', answer(401, { error: 'invalid_client', error_description: 'Bad client credentials' }), 'bad-credentials', { status: 401 }],
    ['500', answer(500, 'oops'), 'server-error', { status: 500 }],
    ['429', answer(429, ''), 'rate-limited', { status: 429 }],
    ['garbage body', answer(200, '<html>not json'), 'malformed-response', { status: 200 }],
    ['network failure', () => Promise.reject(new TypeError(`Failed to fetch https://x/?client_secret=${SECRET}`)), 'unknown-munchkin-or-network', {}],
  ])('%s → %s, with exactly one request to the identity endpoint', async (_name, respond, outcome, extra) => {
    const d = deps(respond);
    const result = await checkCredentials(request({ live: true }), d);
    expect(result.live).toMatchObject({ outcome, ...extra });
    expect(d.urls).toHaveLength(1);
    expect(d.urls[0]).toMatch(/^https:\/\/123-ABC-456\.mktorest\.com\/identity\/oauth\/token\?grant_type=client_credentials&/);
    expect(d.asked).toEqual([['https://123-ABC-456.mktorest.com/*']]);
    // Neither the secret nor the token crosses messaging, whatever the outcome.
    expect(wire(result)).not.toContain(SECRET);
    expect(wire(result)).not.toContain(TOKEN);
  });

  it('reports a timeout after the injected time', async () => {
    const d = deps(hang, true, 30);
    const result = await checkCredentials(request({ live: true }), d);
    expect(result.live).toMatchObject({ outcome: 'timeout', timeoutMs: 30 });
  });

  it('sends nothing and says permission-denied when the host permission is missing', async () => {
    const d = deps(answer(200, VALID_BODY), false);
    const result = await checkCredentials(request({ live: true, munchkinId: '123-abc-456' }), d);
    expect(result.live?.outcome).toBe('permission-denied');
    expect(result.live?.message.en).toContain('123-ABC-456.mktorest.com');
    expect(d.urls).toEqual([]);
  });

  it.each<[string, Partial<CheckRequest>, string[]]>([
    ['a truncated secret', { clientSecret: SECRET.slice(0, 30) }, ['clientSecret']],
    ['a secret with a line break', { clientSecret: `${SECRET}\n` }, ['clientSecret']],
    ['no Munchkin ID', { munchkinId: undefined }, ['munchkinId']],
    ['nothing at all', { munchkinId: undefined, clientId: undefined, clientSecret: undefined }, ['munchkinId', 'clientId', 'clientSecret']],
  ])('sends nothing while a value has format errors: %s', async (_name, over, fields) => {
    const d = deps(answer(200, VALID_BODY));
    const result = await checkCredentials(request({ live: true, ...over }), d);
    expect(result.live).toMatchObject({ outcome: 'invalid-input', fields });
    expect(d.urls).toEqual([]);
    expect(d.asked).toEqual([]);
  });

  it('runs with warnings only (a lower-case Munchkin ID is upper-cased for the host)', async () => {
    const d = deps(answer(200, VALID_BODY));
    const result = await checkCredentials(request({ live: true, munchkinId: '123-abc-456' }), d);
    expect(result.live?.outcome).toBe('valid');
    expect(d.urls[0]).toContain('https://123-ABC-456.mktorest.com/');
  });
});

describe('checkCredentials behind the router', () => {
  it('answers a content script, and a failure inside the check never quotes the payload', async () => {
    const SELF = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid/' };
    const store = createProgressStore(fakeBrowser.storage.local);
    const explode: CredentialCheckDeps = {
      fetch: () => Promise.reject(new Error('unused')),
      hasPermission: () => Promise.reject(new Error(`permission failure for ${SECRET}`)),
    };
    const route = createRouter({
      store,
      practiceStore: createProgressStore(fakeBrowser.storage.local, 'practiceProgress'),
      tabPages: createTabPages(fakeBrowser.storage.session),
      practicePages: createTabPages(fakeBrowser.storage.session, 'practice-tab:'),
      focus: createFocus(fakeBrowser.storage.session),
      openStep: async () => ({ opened: 'new-tab', url: 'https://toutapp.com/next' }),
      injectAssist: async () => undefined,
      checkCredentials: (r) => checkCredentials(r, explode),
      verify: async () => ({ checkedFrames: 0, steps: [] }),
      self: SELF,
      ready: store.persistence.load(),
      now: () => '2026-11-20T10:00:00.000Z',
    });
    const content = { id: SELF.id, url: 'https://toutapp.com/next#settings/admin/marketo', tab: { id: 4 }, frameId: 0 };
    const formatOnly = await route(request(), content);
    expect(formatOnly).toEqual({ ok: true, data: { findings: [], live: null } });
    const failed = await route(request({ live: true }), content);
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(failed)).not.toContain(SECRET);
    // And nothing was written anywhere.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(SECRET);
  });
});
