import { expect, type Page } from '@playwright/test';
import type { ExtensionSession } from './fixtures';

/** Credentials shaped like Marketo's (the Marketo replica's preset values). */
export const CREDS = {
  munchkinId: '123-ABC-456',
  clientId: '3f2b8c1e-7a4d-4e9b-9c2a-5d8e1f0a6b73',
  clientSecret: 'Qm7ZkR2xVt9LpW4nHs8YcJ3dFg6BaE1u',
} as const;

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
}

/**
 * Allows the extension to reach Marketo's identity hosts the way a user can on chrome://extensions
 * (Details › Site access), through the API behind that page. Headless Chromium shows the permission
 * prompt of `permissions.request` but nothing can click it, so the request would never settle; with
 * site access allowed, the page's real `permissions.request` resolves true at once, without a prompt.
 * Until the page has asked, `permissions.contains` stays false (the grant is only offered).
 */
export async function allowIdentityHosts(session: ExtensionSession): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    (id) => (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate.addHostPermission(id, 'https://*.mktorest.com/*'),
    session.extensionId,
  );
  await page.close();
}

/**
 * Makes the browser's permission prompt answer "Deny" on `page` (to be called before it loads): the
 * real prompt cannot be answered in headless Chromium, so `permissions.request` is replaced by a
 * stand-in that resolves false, as it does when the user refuses.
 */
export async function denyPermissionPrompts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Ns = { permissions?: { request: unknown } } | undefined;
    const g = globalThis as unknown as { chrome?: Ns; browser?: Ns };
    for (const ns of [g.chrome, g.browser]) {
      if (ns?.permissions) Object.defineProperty(ns.permissions, 'request', { value: () => Promise.resolve(false), configurable: true, writable: true });
    }
  });
}

/** Opens credentials.html in a new tab and waits until it is ready. */
export async function openCredentialsPage(session: ExtensionSession, page?: Page): Promise<Page> {
  const tab = page ?? (await session.context.newPage());
  await tab.goto(`chrome-extension://${session.extensionId}/credentials.html`);
  await expect(tab.locator('main.credentials')).toBeVisible();
  return tab;
}

/** Fills the three fields by their labels' `for` (ids are language independent). */
export async function fillCredentials(page: Page, values: { munchkinId: string; clientId: string; clientSecret: string }): Promise<void> {
  for (const [key, value] of Object.entries(values)) await page.locator(`#field-${key}`).fill(value);
}

/** The page's verdict region. */
export const verdict = (page: Page) => page.locator('.verdict [role="status"]');
