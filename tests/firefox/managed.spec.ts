import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { test, expect } from '@playwright/test';
import { FIREFOX_EXTENSION_ID } from '../../lib/firefox-id';
import { policyText } from '../../lib/i18n/policy-text';
import type { ReplicaServer } from '../harness/replica-server';
import { goToExtensionPage, launchFirefox, startReplicaServerOn443, waitFor, type FirefoxSession } from './harness';
import { countOf, popupReady, textOf } from './page-reads';
import { extensionPolicy, firefoxWithPolicies, type PolicyFirefox } from './policy-install';

/**
 * Managed settings as an IT department sets them: a Firefox enterprise policy (`policies.json`, `3rdparty`)
 * with valid values, one malformed value and one unknown key.
 */
test.describe.configure({ mode: 'serial' });

const SETTINGS = { language: 'de', presenterMode: true, marketoHost: 'https://app-ab12.marketo.com/', persona: 'everyone', colour: 'blue' };
const BADGE = policyText('de', 'managedBadge');

let server: ReplicaServer;
let firefox: PolicyFirefox;
let profile: string;
let session: FirefoxSession;
let tab: Page;

test.beforeAll(async () => {
  server = await startReplicaServerOn443();
  firefox = firefoxWithPolicies(extensionPolicy(FIREFOX_EXTENSION_ID, SETTINGS));
  profile = mkdtempSync(join(tmpdir(), 'msi-firefox-'));
  session = await launchFirefox(profile, { executablePath: firefox.executablePath });
  tab = await session.extensionTab('onboarding.html');
  await tab.locator('button.primary').click();
  await goToExtensionPage(tab, 'popup.html');
  await popupReady(tab);
});

test.afterAll(async () => {
  await session?.close();
  await server?.close();
  firefox?.remove();
  rmSync(profile, { recursive: true, force: true });
});

test('the popup applies the policy and shows each value as set by the organisation', async () => {
  // The language the policy sets, instead of the browser's English.
  expect(await tab.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(await textOf(tab, 'nav.tools a[href="/csv.html"]')).toBe('CSV-Datei prüfen');
  expect(await tab.evaluate(() => (document.querySelector('label.language select') as HTMLSelectElement).disabled)).toBe(true);
  expect(await textOf(tab, '#language-managed')).toBe(BADGE);
  expect(await tab.evaluate(() => (document.querySelector('label.presenter-switch input') as HTMLInputElement).checked)).toBe(true);
  expect(await textOf(tab, '#presenter-managed')).toBe(BADGE);
  const listed = await tab.evaluate(() => [...document.querySelectorAll('[data-testid="organisation-settings"] [data-policy]')].map((el) => el.getAttribute('data-policy')));
  expect(listed).toEqual(['marketoHost', 'language', 'presenterMode']);
  expect(await textOf(tab, '[data-policy="marketoHost"] dd')).toBe(`app-ab12.marketo.com ${BADGE}`);
});

test('a managed setting cannot be changed, not even by a message to the background', async () => {
  const reply = await tab.evaluate(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'prefs/set', locale: 'en' }));
  expect(reply).toMatchObject({ ok: false, error: { code: 'managed' } });
  const stored = await tab.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, { prefs?: unknown }>> } } } }).browser.storage.local.get('progress'));
  expect(JSON.stringify(stored)).not.toContain('"locale":"en"');
  expect(await tab.evaluate(() => document.documentElement.lang)).toBe('de');
  // What the policy does not set stays the user's: the role can be chosen.
  expect(await countOf(tab, 'input[name="persona"]:disabled')).toBe(0);
});

test('the malformed value and the unknown key are ignored, with a note in the popup and in the report', async () => {
  const notes = () => tab.evaluate(() => [...document.querySelectorAll('[data-ignored]')].map((el) => el.getAttribute('data-ignored')));
  expect(await notes()).toEqual(['persona', 'colour']);
  expect(await textOf(tab, '[data-ignored="persona"]')).toBe(policyText('de', 'policyIgnoredInvalid', { key: 'persona', setting: 'Rolle' }));
  await goToExtensionPage(tab, 'report.html');
  await waitFor(async () => (await countOf(tab, '[data-testid="organisation-settings"]')) === 1, 'the report with the organisation settings');
  expect(await notes()).toEqual(['persona', 'colour']);
});
