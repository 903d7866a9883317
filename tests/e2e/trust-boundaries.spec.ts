import type { ChromeGlobal } from '../harness/chrome-api';
import { test, expect } from './fixtures';
import { callout } from './guide-helpers';
import { goByKeyboard, openPractice, storedSteps } from './practice-helpers';

/**
 * The attacks of the trust-boundaries review, reproduced the way they were found, each asserting that
 * the promise holds. Most run on the production build (closed shadow root), as a customer has it.
 */

type Stored = { state: { hostsSeen: Array<{ host: string }> }; version: number };
const stored = (session: { worker: import('@playwright/test').Worker }) =>
  session.worker.evaluate(async () => ((await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('progress')).progress ?? null) as Stored | null);

test('a host page script can neither reach our overlay nor press its buttons', async ({ launch }) => {
  // The production build: the shadow root is closed, so the page finds the host element and nothing inside.
  const production = await launch({ build: 'production' });
  const page = await production.context.newPage();
  await page.goto('https://app-ab12.marketo.com/?reset=1#ML0A1');
  await production.tabIdFor('app-ab12.marketo.com');
  await expect.poll(() => page.evaluate(() => !!document.querySelector('msi-guide-overlay'))).toBe(true);
  expect(await page.evaluate(() => document.querySelector('msi-guide-overlay')!.shadowRoot)).toBeNull();
  await production.context.close();
});

test('with the shadow root open (e2e build), a page script’s .click() on "I did this" changes nothing; the user’s click does', async ({ session }) => {
  const page = await session.context.newPage();
  await page.goto('https://app-ab12.marketo.com/?reset=1#ML0A1');
  const dialog = callout(page);
  const step = (await dialog.getAttribute('data-step'))!;
  const button = dialog.getByRole('button', { name: 'I did this' });
  await expect(button).toBeVisible();
  // The host page's own world: the script finds the button and clicks it, as in the review.
  await page.evaluate(() => {
    const root = document.querySelector('msi-guide-overlay')!.shadowRoot!;
    const own = [...root.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent?.trim() === 'I did this')!;
    for (let i = 0; i < 4; i++) own.click();
    own.dispatchEvent(new KeyboardEvent('keydown', { code: 'PageDown', bubbles: true, composed: true }));
  });
  await button.click();
  const popup = await session.openPopup();
  await expect(popup.locator(`li[data-step="${step}"]`)).toHaveAttribute('data-status', 'done');
  // Only the user's one click counted: the step after it is still open.
  const statuses = await popup.locator('li[data-step]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
  expect(statuses.filter((s) => s === 'done')).toHaveLength(1);
});

test('a Marketo frame inside an unrelated site is not the Marketo app: no host recorded, Go to step asks for the address', async ({ launch, server }) => {
  const stop = server.use((req, res, host) => {
    if (host !== 'unrelated.example') return false;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Unrelated</title><h1>Not Marketo</h1><iframe src="https://app-zz99.marketo.com/?reset=1&delay=0#SF0A1" width="900" height="600"></iframe>');
    return true;
  });
  const session = await launch({ build: 'production' });
  const site = await session.context.newPage();
  await site.goto('https://unrelated.example/');
  // The framed replica has rendered (and our content script had its chance to run in it).
  await expect(site.frameLocator('iframe').locator('.x-tab-strip-text', { hasText: 'Salesforce' }).first()).toBeVisible();
  const popup = await session.openPopup();
  const row = popup.locator('li[data-step="prereq-salesforce-sync"]');
  await row.getByRole('button', { name: /Go to/ }).click();
  await expect(row.getByRole('textbox', { name: /Which Marketo Engage address/ })).toBeVisible();
  expect((await stored(session))?.state.hostsSeen ?? []).toEqual([]);
  stop();
});

test('the practice sandbox never reaches real progress: Verify now and Go to step leave real tabs and steps alone', async ({ session }) => {
  test.setTimeout(90_000);
  const page = await openPractice(session);
  const screen = page.frameLocator('#practice-screen');
  await goByKeyboard(page, 'https://app-ab12.marketo.com/#SF0A1');
  // The sandbox's own progress takes the evidence its Salesforce-sync screen shows.
  await expect.poll(async () => (await storedSteps(session, 'practiceProgress'))?.['prereq-salesforce-sync']?.status, { timeout: 15_000 }).toBe('done');

  const report = await session.context.newPage();
  await report.goto(`chrome-extension://${session.extensionId}/report.html`);
  await report.getByRole('button', { name: 'Verify now' }).click();
  const row = report.locator('.verify li[data-step="prereq-salesforce-sync"]');
  await expect(row).toHaveAttribute('data-outcome', 'no-page');
  // Real progress: never written, or written with the step still to do and no evidence.
  const real = (await storedSteps(session, 'progress'))?.['prereq-salesforce-sync'];
  expect([real?.status ?? 'todo', real?.evidence ?? []]).toEqual(['todo', []]);
  expect((await stored(session))?.state.hostsSeen ?? []).toEqual([]);

  // The sandbox on its Sales Insight Actions screen (toutapp.com, also the real default host).
  await goByKeyboard(page, 'https://toutapp.com/next#settings/admin/marketo');
  await expect(screen.locator('msi-guide-overlay [role="dialog"]')).toBeVisible();
  const address = await page.locator('#practice-address').inputValue();
  const popup = await session.openPopup();
  const opened = session.context.waitForEvent('page');
  await popup.locator('li[data-step="invite-users"]').getByRole('button', { name: /Go to/ }).click();
  await expect(await opened).toHaveURL('https://toutapp.com/next#settings/admin/user-management');
  expect(page.url()).toBe(`chrome-extension://${session.extensionId}/practice.html`);
  await expect(page.locator('#practice-address')).toHaveValue(address);
});

test('a secret saved in the sandbox’s Salesforce config screen is not stored: the screen shows only that one is set', async ({ session }) => {
  const SECRET = 'sandbox-Api-Key-Never-Kept-4471';
  const page = await openPractice(session);
  await goByKeyboard(page, 'https://acme--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config');
  const screen = page.frameLocator('#practice-screen');
  await screen.getByLabel('Enable MSI Actions').check();
  await screen.getByLabel('API Secret Key').fill(SECRET);
  await screen.getByRole('button', { name: 'Save' }).first().click();
  await expect(screen.getByText('Your settings have been saved.')).toBeVisible();
  // Saved: the box is checked again after the reload, and the key field is empty but marked as set.
  await expect(screen.getByLabel('Enable MSI Actions')).toBeChecked();
  await expect(screen.getByLabel('API Secret Key')).toHaveValue('');
  await expect(screen.getByLabel('API Secret Key')).toHaveAttribute('placeholder', /Saved/);
  const web = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(web).toContain('enableActions');
  expect(web).not.toContain(SECRET.slice(0, 12));
  const areas = await session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(null));
  expect(JSON.stringify(areas)).not.toContain(SECRET.slice(0, 12));
});

test('progress stored by a newer version is kept as it is: the popup says so and nothing is written over it', async ({ launch }) => {
  const NEWER = { version: 99, state: { steps: { 'connect-marketo': { status: 'done', from: 'the future' } }, shape: 'unknown' } };
  const first = await launch();
  await first.worker.evaluate((value) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ progress: value }), NEWER);
  await first.context.close();

  const session = await launch();
  const popup = await session.openPopup();
  await expect(popup.locator('[data-stored-problem="newer-version"]')).toBeVisible();
  await popup.locator('li[data-step="prereq-msi-enabled"] button.mark-done').click();
  await expect(popup.locator('li[data-step="prereq-msi-enabled"]')).toHaveAttribute('data-status', 'todo');
  expect(await stored(session)).toEqual(NEWER);
});
