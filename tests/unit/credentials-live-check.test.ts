import { describe, expect, it } from 'vitest';
import {
  identityOrigin,
  liveCheck,
  permissionDeniedVerdict,
  type LiveCheckFetch,
  type LiveCheckResponse,
} from '../../lib/credentials';

const SECRET = 'Zq7Lk2Vx9Tn4Rb8Wm3Hc6Jp1Fd5Gs0Ya';
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TOKEN = 'cdf01657-110d-4155-99a7-f986b2ff13a0:int';
const CREDS = { munchkinId: '123-ABC-456', clientId: ID, clientSecret: SECRET };

interface Call {
  url: string;
  init: RequestInit;
}

/** A stand-in fetch that records its calls and answers with `respond`. */
function fakeFetch(respond: (init: RequestInit) => Promise<LiveCheckResponse>): LiveCheckFetch & { calls: Call[] } {
  const calls: Call[] = [];
  const f = (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond(init);
  };
  return Object.assign(f, { calls });
}

const answer = (status: number, body: unknown) =>
  fakeFetch(async () => new Response(body === null ? null : typeof body === 'string' ? body : JSON.stringify(body), { status }));
const VALID_BODY = { access_token: TOKEN, token_type: 'bearer', expires_in: 3599, scope: 'api-user@example.com' };

/** Rejects like a real fetch when its signal aborts; never resolves otherwise. */
const hangUntilAborted = () =>
  fakeFetch(
    (init) =>
      new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      }),
  );

describe('liveCheck: request', () => {
  it('sends exactly one GET to the identity endpoint with the upper-cased Munchkin host and encoded params', async () => {
    const fetch = answer(200, VALID_BODY);
    await liveCheck({ munchkinId: '123-abc-456', clientId: ID, clientSecret: 'a+b/c=d&e f%' }, { fetch });
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]?.url).toBe(
      `https://123-ABC-456.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id=${ID}&client_secret=a%2Bb%2Fc%3Dd%26e%20f%25`,
    );
    const init = fetch.calls[0]?.init;
    expect(init).toMatchObject({ method: 'GET', redirect: 'manual', credentials: 'omit', cache: 'no-store' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('accepts the global fetch as its fetch', () => {
    const f: LiveCheckFetch = globalThis.fetch;
    expect(typeof f).toBe('function');
  });

  it.each([
    ['a Munchkin URL', { ...CREDS, munchkinId: 'https://123-ABC-456.mktorest.com/rest' }, ['munchkinId']],
    ['a truncated Munchkin ID', { ...CREDS, munchkinId: '123-ABC' }, ['munchkinId']],
    ['a Munchkin ID with a trailing space', { ...CREDS, munchkinId: '123-ABC-456 ' }, ['munchkinId']],
    ['an attempt to change the host', { ...CREDS, munchkinId: 'evil.example/123-ABC-456' }, ['munchkinId']],
    ['empty credentials', { ...CREDS, clientId: ' ', clientSecret: '' }, ['clientId', 'clientSecret']],
  ])('does not call fetch for %s', async (_, set, fields) => {
    const fetch = answer(200, VALID_BODY);
    const verdict = await liveCheck(set, { fetch });
    expect(verdict).toMatchObject({ outcome: 'invalid-input', fields });
    expect(fetch.calls).toHaveLength(0);
  });

  it('does not call fetch when the caller already aborted', async () => {
    const fetch = answer(200, VALID_BODY);
    const verdict = await liveCheck(CREDS, { fetch, signal: AbortSignal.abort() });
    expect(verdict.outcome).toBe('cancelled');
    expect(fetch.calls).toHaveLength(0);
  });

  it('never retries', async () => {
    for (const status of [500, 503, 429, 401]) {
      const fetch = answer(status, {});
      await liveCheck(CREDS, { fetch });
      expect(fetch.calls).toHaveLength(1);
    }
    const failing = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await liveCheck(CREDS, { fetch: failing });
    expect(failing.calls).toHaveLength(1);
  });
});

describe('liveCheck: verdicts', () => {
  it('valid: reports the API user and lifetime, not the token', async () => {
    const verdict = await liveCheck(CREDS, { fetch: answer(200, VALID_BODY) });
    expect(verdict).toEqual({ outcome: 'valid', apiUser: 'api-user@example.com', expiresInSeconds: 3599, message: expect.any(Object) });
    expect(verdict.message.en).toContain('api-user@example.com');
  });

  it('valid without scope: apiUser is null', async () => {
    const verdict = await liveCheck(CREDS, { fetch: answer(200, { access_token: TOKEN, expires_in: 10 }) });
    expect(verdict).toMatchObject({ outcome: 'valid', apiUser: null, expiresInSeconds: 10 });
  });

  it.each([
    ['401 with Marketo body', 'bad-credentials', answer(401, { error: 'unauthorized', error_description: 'Bad client credentials' }), 401],
    ['401 without body', 'bad-credentials', answer(401, ''), 401],
    ['400 invalid_client', 'bad-credentials', answer(400, { error: 'invalid_client', error_description: 'Bad client credentials' }), 400],
    ['400 unauthorized', 'bad-credentials', answer(400, { error: 'unauthorized' }), 400],
    ['400 other error', 'unexpected-status', answer(400, { error: 'invalid_request' }), 400],
    ['403', 'unexpected-status', answer(403, 'Forbidden'), 403],
    ['404', 'unexpected-status', answer(404, '<html>Not found</html>'), 404],
    ['429', 'rate-limited', answer(429, ''), 429],
    ['200 with error 606', 'rate-limited', answer(200, { success: false, errors: [{ code: '606', message: 'Max rate limit exceeded' }] }), 200],
    ['200 with error 607', 'rate-limited', answer(200, { errors: [{ code: '607', message: 'Daily quota reached' }] }), 200],
    ['400 with numeric error 615', 'rate-limited', answer(400, { errors: [{ code: 615, message: 'Concurrent access limit reached' }] }), 400],
    ['500', 'server-error', answer(500, 'Internal Server Error'), 500],
    ['503', 'server-error', answer(503, ''), 503],
    ['302', 'redirected', answer(302, ''), 302],
    ['200 garbage', 'malformed-response', answer(200, '<html>captive portal</html>'), 200],
    ['200 JSON array', 'malformed-response', answer(200, [TOKEN]), 200],
    ['200 without access_token', 'malformed-response', answer(200, { expires_in: 3599 }), 200],
    ['200 without expires_in', 'malformed-response', answer(200, { access_token: TOKEN }), 200],
    ['200 with expires_in as text', 'malformed-response', answer(200, { access_token: TOKEN, expires_in: '3599' }), 200],
    ['204', 'malformed-response', answer(204, null), 204],
  ])('%s → %s', async (_, outcome, fetch, status) => {
    const verdict = await liveCheck(CREDS, { fetch });
    expect(verdict).toMatchObject({ outcome, status });
  });

  it('opaque redirect → redirected', async () => {
    const fetch = fakeFetch(async () => ({ status: 0, type: 'opaqueredirect', text: async () => '' }));
    expect(await liveCheck(CREDS, { fetch })).toMatchObject({ outcome: 'redirected', status: 0 });
  });

  it('fetch throws TypeError → unknown-munchkin-or-network, naming the host', async () => {
    const verdict = await liveCheck(CREDS, { fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))) });
    expect(verdict.outcome).toBe('unknown-munchkin-or-network');
    expect(verdict.message.en).toContain('123-ABC-456.mktorest.com');
  });

  it('fetch that never resolves until aborted → timeout', async () => {
    const fetch = hangUntilAborted();
    const verdict = await liveCheck(CREDS, { fetch, timeoutMs: 20 });
    expect(verdict).toMatchObject({ outcome: 'timeout', timeoutMs: 20 });
    expect(fetch.calls[0]?.init.signal?.aborted).toBe(true);
  });

  it('fetch that ignores the abort signal → still timeout', async () => {
    const verdict = await liveCheck(CREDS, { fetch: fakeFetch(() => new Promise(() => {})), timeoutMs: 20 });
    expect(verdict.outcome).toBe('timeout');
  });

  it('a body that never finishes → timeout', async () => {
    const fetch = fakeFetch(async () => ({ status: 200, text: () => new Promise<string>(() => {}) }));
    expect((await liveCheck(CREDS, { fetch, timeoutMs: 20 })).outcome).toBe('timeout');
  });

  it('a body that fails to read → malformed-response', async () => {
    const fetch = fakeFetch(async () => ({ status: 200, text: () => Promise.reject(new TypeError('body stream')) }));
    expect(await liveCheck(CREDS, { fetch })).toMatchObject({ outcome: 'malformed-response', status: 200 });
  });

  it('the caller aborting mid-request → cancelled', async () => {
    const controller = new AbortController();
    const fetch = hangUntilAborted();
    const pending = liveCheck(CREDS, { fetch, signal: controller.signal, timeoutMs: 5_000 });
    controller.abort();
    expect((await pending).outcome).toBe('cancelled');
    expect(fetch.calls[0]?.init.signal?.aborted).toBe(true);
  });
});

describe('permission helpers', () => {
  it('identityOrigin gives the host to ask permission for', () => {
    expect(identityOrigin('123-abc-456')).toBe('https://123-ABC-456.mktorest.com');
    expect(identityOrigin('not a munchkin')).toBeNull();
  });

  it('permissionDeniedVerdict names the host', () => {
    const verdict = permissionDeniedVerdict('123-ABC-456');
    expect(verdict.outcome).toBe('permission-denied');
    expect(verdict.message.en).toContain('123-ABC-456.mktorest.com');
    expect(verdict.message.de).toContain('123-ABC-456.mktorest.com');
  });
});
