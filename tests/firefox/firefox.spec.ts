import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { test, expect } from '@playwright/test';
import { accessText } from '../../lib/i18n/access-text';
import { CORPUS, expectedCheck } from '../e2e/csv-helpers';
import type { ReplicaServer } from '../harness/replica-server';
import { goToExtensionPage, launchFirefox, startReplicaServerOn443, waitFor, type FirefoxSession } from './harness';
import { calloutOf, choose, countOf, popupReady, textOf } from './page-reads';

/**
 * The extension in a real Firefox (Debian's firefox-esr, headless): one profile, used in order, as a user
 * would: install and allow the sites, use the popup, the guide on Marketo, the CSV check, then restart.
 */
test.describe.configure({ mode: 'serial' });

let server: ReplicaServer;
let profile: string;
let session: FirefoxSession;
/** The tab the extension opened itself (its onboarding page): the only way into its pages over BiDi. */
let tab: Page;

test.beforeAll(async () => {
  server = await startReplicaServerOn443();
  profile = mkdtempSync(join(tmpdir(), 'msi-firefox-'));
  session = await launchFirefox(profile);
});

test.afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('Firefox installs the extension, which opens its onboarding page; Allow grants every site', async () => {
  tab = await session.extensionTab('onboarding.html');
  // Firefox leaves an MV3 extension's sites to the user: none is granted yet, and the page says so per app.
  await waitFor(async () => (await countOf(tab, 'li[data-granted="false"]')) === 3, 'three apps without access');
  await tab.locator('button.primary').click();
  await waitFor(async () => (await countOf(tab, 'li[data-granted="true"]')) === 3, 'all three apps granted');
  expect(await textOf(tab, '.outcome')).toBe(accessText('en', 'onboardingAllDone'));
});

test('the popup renders in English and in German', async () => {
  await goToExtensionPage(tab, 'popup.html');
  await popupReady(tab);
  expect(await textOf(tab, 'h1')).toBe('MSI Actions Setup Guide');
  expect(await textOf(tab, 'nav.tools a[href="/csv.html"]')).toBe('Check a CSV');
  expect(await countOf(tab, '[data-testid="access-notice"]')).toBe(0);

  await choose(tab, 'label.language select', 'de');
  await waitFor(async () => (await textOf(tab, 'nav.tools a[href="/csv.html"]')) === 'CSV-Datei prüfen', 'the German popup');
  expect(await tab.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(await textOf(tab, 'li[data-step="prereq-msi-enabled"] .status')).toBe('Offen');

  await choose(tab, 'label.language select', 'en');
  await waitFor(async () => (await textOf(tab, 'nav.tools a[href="/csv.html"]')) === 'Check a CSV', 'the English popup again');
});

test('when the user withdraws a site, the popup says the guide cannot run there, and its button grants it again', async () => {
  const marketoSites = await tab.evaluate(() => {
    const { browser } = globalThis as unknown as { browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> }; runtime: { getManifest(): { host_permissions: string[] } } } };
    const origins = browser.runtime.getManifest().host_permissions.filter((p) => p.includes('marketo.com') || p.includes('experience.adobe.com'));
    return browser.permissions.remove({ origins }).then(() => origins.length);
  });
  expect(marketoSites).toBe(2);
  await waitFor(async () => (await countOf(tab, '[data-testid="access-notice"][data-missing="marketo"]')) === 1, 'the access notice for Marketo');
  expect(await textOf(tab, '[data-testid="access-notice"] p')).toContain('Marketo Engage');
  // The background opens the onboarding page again (permissions.onRemoved).
  const onboarding = await session.extensionTab('onboarding.html');
  expect(await countOf(onboarding, 'li[data-app="marketo"][data-granted="false"]')).toBe(1);
  await tab.bringToFront();
  await tab.locator('[data-testid="access-notice"] button').click();
  await waitFor(async () => (await countOf(tab, '[data-testid="access-notice"]')) === 0, 'the notice to go');
  await waitFor(async () => (await countOf(onboarding, 'li[data-granted="true"]')) === 3, 'the onboarding page to show all granted');
  await onboarding.close();
});

test('on Marketo Engage (its real hostname), the guide recognises the page and shows the first callout', async () => {
  const page = await session.browser.newPage();
  await page.goto('https://app-ab12.marketo.com/?reset=1&seed=7&lang=en#ML0A1');
  await expect.poll(() => calloutOf(page)).toEqual({ step: 'prereq-msi-enabled', target: 'marketo.admin-nav' });
  await page.close();
});

test('an in-page assist is injected where its page shows: Copy buttons on the Integration Information card', async () => {
  const page = await session.browser.newPage();
  await page.goto('https://app-ab12.marketo.com/?reset=1&state=invited&delay=0&tab=actions#SI0A1');
  const copyButtons = () =>
    page.evaluate(() => document.querySelector('msi-guide-overlay')?.shadowRoot?.querySelectorAll('[data-msi-copy]').length ?? 0).catch(() => 0);
  // The assist is not in the content script: it arrives through scripting.executeScript from the background.
  await expect.poll(copyButtons).toBeGreaterThan(0);
  await page.close();
});

test('the CSV check on csv.html returns its report', async () => {
  await goToExtensionPage(tab, 'csv.html');
  await waitFor(async () => (await countOf(tab, 'main[data-ready]')) === 1, 'csv.html');
  const expected = expectedCheck('problems.csv');
  const input = await tab.waitForSelector('input[type="file"]');
  await input!.uploadFile(join(CORPUS, 'problems.csv'));
  await waitFor(async () => (await textOf(tab, '[data-report] h2, [data-report] h3')) === 'Report for problems.csv', 'the report');
  for (const key of ['total', 'kept', 'fixed', 'removed'] as const) {
    expect(await textOf(tab, `[data-report] [data-count="${key}"] td`)).toBe(String(expected.report.rows[key]));
  }
  expect(await countOf(tab, '[data-report] [data-issues] tbody tr')).toBe(expected.report.issues.length);
});

test('progress survives a restart of the same profile', async () => {
  await goToExtensionPage(tab, 'popup.html');
  await popupReady(tab);
  await tab.locator('li[data-step="prereq-msi-enabled"] button.mark-done').click();
  await waitFor(async () => (await tab.evaluate(() => document.querySelector('li[data-step="prereq-msi-enabled"]')?.getAttribute('data-status'))) === 'done', 'the step marked done');

  await session.close();
  session = await launchFirefox(profile);
  // The sites stay allowed, so no onboarding page opens; the guide on Marketo goes on after the step done before.
  const page = await session.browser.newPage();
  await page.goto('https://app-ab12.marketo.com/?seed=7&lang=en#ML0A1');
  await expect.poll(async () => (await calloutOf(page))?.step).toBe('prereq-salesforce-sync');
});
