import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { openPractice, storedSteps } from './practice-helpers';

const screen = '#practice-screen';

for (const lang of ['en', 'de'] as const) {
  test(`practice sandbox (${lang}): no axe violations on the page and its callout`, async ({ launch }) => {
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    const page = await openPractice(session);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // The sandbox page itself (the replica screen stands for a third-party app: only our overlay in it counts).
    const ours = await new AxeBuilder({ page }).exclude(screen).analyze();
    expect(ours.violations.map((v) => v.id)).toEqual([]);
    const overlay = await new AxeBuilder({ page }).include([screen, 'msi-guide-overlay']).analyze();
    expect(overlay.violations.map((v) => v.id)).toEqual([]);
    expect(overlay.passes.length, 'the callout inside the screen was checked').toBeGreaterThan(0);
  });
}

test('practice sandbox: its own progress, reset alone; the address bar and language switch drive the screen', async ({ launch }) => {
  const session = await launch({ locale: 'en-US' });
  // Real progress first: one step marked in the popup, which the sandbox must never touch.
  const popup = await session.openPopup();
  await popup.locator('li[data-step="prereq-msi-enabled"] button.mark-done').click();
  await expect(popup.locator('a[href="/practice.html"]')).toHaveText('Practice');

  const page = await openPractice(session);
  await expect(page.getByTestId('progress-summary')).toHaveText('0 of 2 prerequisites and 0 of 8 steps done');
  await page.locator('li[data-step="connect-marketo"] button.mark-done').click();
  await expect(page.getByTestId('progress-summary')).toHaveText('0 of 2 prerequisites and 1 of 8 steps done');
  expect((await storedSteps(session, 'progress'))?.['connect-marketo']?.status).toBe('todo');

  // A screen is opened by its real address; an address no replica stands for is explained.
  await page.locator('#practice-address').fill('https://example.com/');
  await page.locator('#practice-address').press('Enter');
  await expect(page.getByRole('alert')).toContainText('no practice screen');
  await page.locator('#practice-address').fill('https://toutapp.com/next#settings/admin/marketo');
  await page.locator('#practice-address').press('Enter');
  const frame = page.frameLocator(screen);
  await expect(frame.locator('msi-guide-overlay [role="dialog"]')).toHaveAttribute('data-step', 'connect-salesforce');
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('practice|toutapp.com|')))).toBe(true);

  // German: the guide and the screen switch together.
  await page.getByLabel('Language').selectOption('de');
  await expect(page.locator('h1')).toHaveText('Übungsumgebung');
  await expect(page.locator('#practice-address')).toHaveValue(/lang=de/);
  await expect(frame.locator('msi-guide-overlay [role="dialog"] .title')).toHaveText(/Salesforce/);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');

  // Reset practice: practice progress and screens start over; real progress stays.
  await page.getByRole('button', { name: 'Übung zurücksetzen' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Übung zurücksetzen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'zurückgesetzt' })).toBeVisible();
  await expect(page.getByTestId('progress-summary')).toHaveText('0 von 2 Voraussetzungen und 0 von 8 Schritten erledigt');
  expect((await storedSteps(session, 'progress'))?.['prereq-msi-enabled']?.status).toBe('done');
  // The screens start over too: nothing of Sales Insight Actions' practice state is left (Marketo's first screen reopened).
  await expect(page.locator('#practice-address')).toHaveValue(/app-ab12\.marketo\.com/);
  expect(await page.evaluate(() => Object.keys({ ...localStorage, ...sessionStorage }).filter((k) => k.includes('toutapp.com')))).toEqual([]);
});

/** The id of the tab showing the sandbox: its replica frames are listed under 'practice-tab:<id>'. */
async function practiceTabId(session: import('./fixtures').ExtensionSession): Promise<number> {
  let found: number | undefined;
  await expect
    .poll(async () => {
      const entries = await session.worker.evaluate(() => (globalThis as unknown as import('../harness/chrome-api').ChromeGlobal).chrome.storage.session.get(null));
      const key = Object.keys(entries).find((k) => k.startsWith('practice-tab:'));
      found = key ? Number(key.slice('practice-tab:'.length)) : undefined;
      return found;
    })
    .toBeDefined();
  return found!;
}

for (const lang of ['en', 'de'] as const) {
  test(`on a practice tab the popup leads with a Practice banner and practice progress (${lang})`, async ({ launch }) => {
    const de = lang === 'de';
    const session = await launch({ locale: de ? 'de-DE' : 'en-US' });
    // Real progress: two steps done, which the practice banner must not show as its own.
    const real = await session.openPopup();
    for (const id of ['prereq-msi-enabled', 'prereq-salesforce-sync']) {
      await real.locator(`li[data-step="${id}"] button.mark-done`).click();
      await expect(real.locator(`li[data-step="${id}"]`)).toHaveAttribute('data-status', 'done');
    }
    await real.close();
    const page = await openPractice(session);
    await page.locator('li[data-step="setup-sales-account"] button.mark-done').click();

    const popup = await session.openPopup(await practiceTabId(session));
    const banner = popup.getByTestId('practice-banner');
    await expect(banner.getByRole('heading')).toHaveText(de ? 'Übung' : 'Practice');
    await expect(banner.getByTestId('practice-progress-summary')).toHaveText(
      de ? '0 von 2 Voraussetzungen und 1 von 8 Schritten erledigt' : '0 of 2 prerequisites and 1 of 8 steps done',
    );
    await expect(banner.getByTestId('practice-next')).toHaveAttribute('data-step', 'prereq-msi-enabled');
    // Real progress is not what this tab is about: out of view until asked for, and then unchanged.
    await expect(popup.getByTestId('progress-summary')).toBeHidden();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await popup.getByRole('button', { name: de ? 'Meinen echten Fortschritt zeigen' : 'Show my real progress' }).click();
    await expect(popup.getByTestId('progress-summary')).toHaveText(
      de ? '2 von 2 Voraussetzungen und 0 von 8 Schritten erledigt' : '2 of 2 prerequisites and 0 of 8 steps done',
    );
    // The practice page changes live: the banner follows.
    await page.locator('li[data-step="prereq-msi-enabled"] button.mark-done').click();
    await expect(banner.getByTestId('practice-next')).toHaveAttribute('data-step', 'prereq-salesforce-sync');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => v.id)).toEqual([]);

    // A real tab's popup shows no banner.
    await expect((await session.openPopup()).getByTestId('practice-banner')).toHaveCount(0);
  });
}
