import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { replicaFolderFor } from '../../lib/practice/address';

/** The replica sets: the shipped one (public/replicas) and the independent, test-only variant set. */
const REPLICA_ROOTS = {
  default: resolve(import.meta.dirname, '../../public/replicas'),
  variant: resolve(import.meta.dirname, '../replicas-variant'),
} as const;
// The replicas import shared code module-relatively (`../shared/x.js` from `/main.js`), which resolves to /shared/.
const SHARED_PREFIX = '/shared/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

/** A handler for requests files cannot answer (e.g. the identity endpoint fake). Return true when handled. */
export type DynamicHandler = (req: IncomingMessage, res: ServerResponse, host: string) => boolean | Promise<boolean>;

export interface ReplicaServer {
  port: number;
  /** Adds a dynamic handler, tried before files; returns a function that removes it. */
  use(handler: DynamicHandler): () => void;
  close(): Promise<void>;
}

/** Maps a request path to a file under `dir`; paths without an extension are app routes (index.html). */
function fileFor(dir: string, path: string): string | null {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const file = extname(clean) ? join(dir, clean) : join(dir, 'index.html');
  return file.startsWith(dir) ? file : null;
}

/**
 * The replicas' index.html files use relative addresses (`./main.js`) so they also work from
 * `/replicas/<folder>/index.html` inside the extension. Here an app route can be deep
 * (`/lightning/setup/RemoteSite/home`), so they are made root-relative.
 */
const rootRelative = (html: string) => html.replaceAll('"./', '"/');

export interface ReplicaServerOptions {
  /**
   * Which replica set to serve: 'default' is public/replicas (shipped with the extension), 'variant' is
   * tests/replicas-variant, the second set written independently of the locators. Hosts route the same way.
   */
  root?: keyof typeof REPLICA_ROOTS;
  /** 0 (the default) takes any free port. */
  port?: number;
}

/**
 * The HTTPS server behind every replica host, on loopback only, with a self-signed certificate made
 * at start. Routes by the Host header to <root>/<folder>/; /shared/ serves shared code.
 * `port` 0 (the default) takes any free port; Firefox needs 443 (see tests/firefox/harness.ts).
 */
export async function startReplicaServer(options: ReplicaServerOptions = {}): Promise<ReplicaServer> {
  const replicasDir = REPLICA_ROOTS[options.root ?? 'default'];
  const pems = await generate([{ name: 'commonName', value: 'replica.test' }], { keySize: 2048 });
  const handlers = new Set<DynamicHandler>();

  const server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    try {
      for (const handler of handlers) if (await handler(req, res, host)) return;
      const folder = replicaFolderFor(host);
      const dir = path.startsWith(SHARED_PREFIX) ? join(replicasDir, 'shared') : folder ? join(replicasDir, folder) : null;
      const file = dir && fileFor(dir, path.startsWith(SHARED_PREFIX) ? path.slice(SHARED_PREFIX.length - 1) : path);
      if (!file) throw Object.assign(new Error('no route'), { code: 'ENOENT' });
      const body = extname(file) === '.html' ? rootRelative(await readFile(file, 'utf8')) : await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (error) {
      const missing = (error as { code?: string }).code === 'ENOENT';
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(missing ? 'Not found' : 'Server error');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    use(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
