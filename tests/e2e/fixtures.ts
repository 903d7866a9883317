import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../harness/browser';
import { startReplicaServer, type ReplicaServer } from '../harness/replica-server';
import { openPopupPage, tabIdForHost } from './session-helpers';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup page in a tab of its own, describing tab `tabId` (if given). */
  openPopup(tabId?: number): Promise<Page>;
  /** Waits until a content script in some tab reported a page on `host`, and returns that tab's id. */
  tabIdFor(host: string): Promise<number>;
}

interface Fixtures {
  userDataDir: string;
  /** Launches (or relaunches, on the same profile) Chromium with the extension. */
  launch(options?: { locale?: string; build?: 'e2e' | 'production' }): Promise<ExtensionSession>;
  session: ExtensionSession;
}

export const test = base.extend<Fixtures, { server: ReplicaServer; replicaRoot: 'default' | 'variant' }>({
  /** Which replica set the worker's server serves (`test.use({ replicaRoot: 'variant' })` in a file or describe). */
  replicaRoot: ['default', { option: true, scope: 'worker' }],
  server: [
    async ({ replicaRoot }, use) => {
      const server = await startReplicaServer({ root: replicaRoot });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'msi-guide-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  launch: async ({ server, userDataDir }, use) => {
    const open: BrowserContext[] = [];
    await use(async (options = {}) => {
      const { context, worker, extensionId } = await launchWithExtension({ userDataDir, port: server.port, locale: options.locale, build: options.build });
      open.push(context);
      return {
        context,
        worker,
        extensionId,
        openPopup: (tabId) => openPopupPage(context, extensionId, tabId),
        tabIdFor: (host) => tabIdForHost(worker, host),
      };
    });
    for (const context of open) await context.close().catch(() => undefined);
  },
  session: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { expect };
