import type { DynamicHandler } from './replica-server';

/**
 * How the fake identity endpoint answers:
 * - `valid`: 200 with a token, `scope` (the API user) and `expires_in` 3599, as Marketo does;
 * - `bad-credentials`: 401 `{"error":"invalid_client","error_description":"Bad client credentials"}`;
 * - `server-error`: 500;
 * - `slow`: a valid answer, but only after `slowMs` (default 11 s: beyond the background's 10 s timeout);
 * - `garbage`: 200 with a body that is not JSON;
 * - `refused`: the connection is destroyed without an answer (what fetch sees as a network error).
 */
export type IdentityMode = 'valid' | 'bad-credentials' | 'server-error' | 'slow' | 'garbage' | 'refused';

export const IDENTITY_HOST = '123-abc-456.mktorest.com';
export const API_USER = 'api-user@acme.example';

export interface IdentityFake {
  /** Register with `server.use(fake.handler)`. */
  handler: DynamicHandler;
  /** The answer to the next requests; change it between checks. */
  mode: IdentityMode;
  slowMs: number;
  /**
   * Token requests seen, without their credentials: the query's parameter names and whether the
   * request had a body or a cookie (it must have neither).
   */
  readonly requests: ReadonlyArray<{ method: string; params: string[]; grantType: string | null; cookie: boolean }>;
}

/**
 * A fake of `https://123-abc-456.mktorest.com/identity/oauth/token` for the loopback replica server
 * (the Host header is compared case-insensitively: Marketo hosts use the upper-case Munchkin ID).
 * It never records or logs the credentials it receives.
 */
export function createIdentityFake(mode: IdentityMode = 'valid'): IdentityFake {
  const requests: Array<IdentityFake['requests'][number]> = [];
  const fake: IdentityFake = {
    mode,
    slowMs: 11_000,
    requests,
    handler: (req, res, host) => {
      if (host !== IDENTITY_HOST) return false;
      const url = new URL(req.url ?? '/', `https://${host}`);
      if (url.pathname !== '/identity/oauth/token') return false;
      requests.push({ method: req.method ?? '', params: [...url.searchParams.keys()], grantType: url.searchParams.get('grant_type'), cookie: Boolean(req.headers.cookie) });
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      };
      const token = { access_token: `fake-${Math.random().toString(36).slice(2)}:ab`, token_type: 'bearer', expires_in: 3599, scope: API_USER };
      switch (fake.mode) {
        case 'valid':
          json(200, token);
          break;
        case 'bad-credentials':
          json(401, { error: 'invalid_client', error_description: 'Bad client credentials' });
          break;
        case 'server-error':
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('Internal Server Error');
          break;
        case 'slow': {
          const timer = setTimeout(() => json(200, token), fake.slowMs);
          res.on('close', () => clearTimeout(timer));
          break;
        }
        case 'garbage':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html><body>Access denied by proxy</body></html>');
          break;
        case 'refused':
          req.socket.destroy();
          break;
      }
      return true;
    },
  };
  return fake;
}
