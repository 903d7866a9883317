import type { Page } from 'puppeteer-core';
import { waitFor } from './harness';

/**
 * Reads of what a user sees, for puppeteer pages (Playwright's locators do not drive this Firefox). Each
 * returns what the page shows now; tests poll them with `expect.poll` or `waitFor`.
 */

/** The guide's callout on a page (in the overlay's shadow root, open in the e2e build): its step and target. */
export const calloutOf = (page: Page) =>
  page
    .evaluate(() => {
      const dialog = document.querySelector('msi-guide-overlay')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
      return dialog ? { step: dialog.dataset.step ?? null, target: dialog.dataset.target ?? null } : null;
    })
    .catch(() => null);

/** The text content of the first element matching `selector`, or null when there is none. */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector).catch(() => null);

/** How many elements match `selector`. */
export const countOf = (page: Page, selector: string) => page.evaluate((sel) => document.querySelectorAll(sel).length, selector).catch(() => -1);

/** Picks `value` in the `<select>` inside the label with `selector` the way a user does (change event). */
export async function choose(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.select(selector, value);
}

/** Waits until a popup is open in `tab` with its stored progress shown. */
export const popupReady = (tab: Page) => waitFor(async () => (await countOf(tab, 'main[data-hydrated]')) === 1, 'the popup to show progress');
