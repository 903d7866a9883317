import { createCsvPortListener, type CsvPortDeps, type CsvPortLike } from '../../entrypoints/background/csv-port';
import type { CsvClientPort } from '../../lib/messaging/csv-port-client';
import type { CsvClientMessage, CsvServerMessage } from '../../lib/messaging/csv-port-types';
import type { SenderInfo } from '../../lib/messaging/sender';

export const SELF = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid/' };
export const PAGE: SenderInfo = { id: SELF.id, url: `${SELF.origin}csv.html` };
export const CONTENT: SenderInfo = { id: SELF.id, url: 'https://toutapp.com/next#settings/admin/user-management', tab: { id: 4 }, frameId: 0 };

/** Both ends of a fake port. Messages go through JSON, as Chrome's messaging does, and arrive asynchronously. */
export interface FakePortPair {
  server: CsvPortLike;
  client: CsvClientPort;
  /** What the background posted, in order (already JSON round-tripped). */
  posted: CsvServerMessage[];
  /** Whether the background disconnected the port. */
  serverDisconnected(): boolean;
  /** Sends a raw message as the client would, and waits until it and its answers are delivered. */
  send(message: CsvClientMessage | unknown): Promise<void>;
  /** Closes the port from the client side, as a closed tab does. */
  clientGone(): Promise<void>;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function fakePortPair(sender: SenderInfo, name = 'csv-check'): FakePortPair {
  const serverListeners: Array<(m: unknown) => void> = [];
  const serverGone: Array<() => void> = [];
  const clientListeners: Array<(m: CsvServerMessage) => void> = [];
  const clientGoneListeners: Array<() => void> = [];
  const posted: CsvServerMessage[] = [];
  let open = true;
  let serverClosed = false;
  const roundTrip = <T>(m: T): T => JSON.parse(JSON.stringify(m)) as T;

  const server: CsvPortLike = {
    name,
    sender,
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = roundTrip(message);
      posted.push(copy);
      setTimeout(() => clientListeners.forEach((l) => l(copy)), 0);
    },
    disconnect() {
      serverClosed = true;
      open = false;
      setTimeout(() => clientGoneListeners.forEach((l) => l()), 0);
    },
    onMessage: { addListener: (l) => serverListeners.push(l) },
    onDisconnect: { addListener: (l) => serverGone.push(l) },
  };
  const client: CsvClientPort = {
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = roundTrip(message);
      setTimeout(() => open && serverListeners.forEach((l) => l(copy)), 0);
    },
    disconnect() {
      if (!open) return;
      open = false;
      setTimeout(() => serverGone.forEach((l) => l()), 0);
    },
    onMessage: { addListener: (l) => clientListeners.push(l) },
    onDisconnect: { addListener: (l) => clientGoneListeners.push(l) },
  };
  return {
    server,
    client,
    posted,
    serverDisconnected: () => serverClosed,
    async send(message) {
      serverListeners.forEach((l) => l(roundTrip(message)));
      await tick();
    },
    async clientGone() {
      client.disconnect();
      await tick();
      await tick();
    },
  };
}

/** A listener and a way to connect fake ports to it. */
export function fakeBackground(deps: Partial<CsvPortDeps> = {}) {
  const listen = createCsvPortListener({ self: SELF, ...deps });
  return {
    connect(sender: SenderInfo = PAGE, name?: string): FakePortPair {
      const pair = fakePortPair(sender, name);
      listen(pair.server);
      return pair;
    },
  };
}
