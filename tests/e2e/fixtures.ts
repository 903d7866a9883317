import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../harness/browser';
import type { ChromeGlobal } from '../harness/chrome-api';
import { startReplicaServer, type ReplicaServer } from '../harness/replica-server';

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
  launch(options?: { locale?: string }): Promise<ExtensionSession>;
  session: ExtensionSession;
}

export const test = base.extend<Fixtures, { server: ReplicaServer }>({
  server: [
    async ({}, use) => {
      const server = await startReplicaServer();
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
      const { context, worker, extensionId } = await launchWithExtension({ userDataDir, port: server.port, locale: options.locale });
      open.push(context);
      return {
        context,
        worker,
        extensionId,
        async openPopup(tabId) {
          const page = await context.newPage();
          await page.goto(`chrome-extension://${extensionId}/popup.html${tabId ? `?tab=${tabId}` : ''}`);
          await expect(page.locator('main[data-hydrated]')).toBeVisible();
          return page;
        },
        async tabIdFor(host) {
          let found: number | undefined;
          await expect
            .poll(async () => {
              const entries = await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null));
              for (const [key, frames] of Object.entries(entries as Record<string, Record<string, { host: string }>>)) {
                if (Object.values(frames).some((f) => f.host === host)) found = Number(key.slice('tab:'.length));
              }
              return found;
            })
            .toBeDefined();
          return found!;
        },
      };
    });
    for (const context of open) await context.close().catch(() => undefined);
  },
  session: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { expect };
