import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { ChromeGlobal } from '../harness/chrome-api';

/**
 * Opening the extension's own pages and finding tabs, without the Playwright test runner: used by the
 * e2e fixtures and by the README screenshot script (tests/harness/screenshots.ts).
 */

/** Opens an extension page (popup.html, csv.html, report.html, …) in a new tab and waits until it is ready. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string, ready = 'main[data-ready]'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await expect(page.locator(ready)).toBeVisible();
  return page;
}

/** Opens the popup page in a tab of its own, describing tab `tabId` (if given). */
export function openPopupPage(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  return openExtensionPage(context, extensionId, `popup.html${tabId ? `?tab=${tabId}` : ''}`, 'main[data-hydrated]');
}

/** Waits until a content script in some tab reported a page on `host`, and returns that tab's id. */
export async function tabIdForHost(worker: Worker, host: string): Promise<number> {
  let found: number | undefined;
  await expect
    .poll(async () => {
      const entries = await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null));
      for (const [key, frames] of Object.entries(entries as Record<string, Record<string, { host: string }>>)) {
        // Real tabs only: the sandbox's frames are listed apart ('practice-tab:…').
        if (key.startsWith('tab:') && Object.values(frames).some((f) => f.host === host)) found = Number(key.slice('tab:'.length));
      }
      return found;
    })
    .toBeDefined();
  return found!;
}
