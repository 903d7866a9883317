import { test, expect } from './fixtures';
import type { ChromeGlobal } from '../harness/chrome-api';

test.describe('popup checklist', () => {
  test('marking a step done shows in a second popup, on the badge, and survives a browser restart', async ({ launch }) => {
    let session = await launch();
    const first = await session.openPopup();
    const second = await session.openPopup();
    const step = (page: typeof first) => page.locator('li[data-step="connect-marketo"]');

    await expect(step(second)).toHaveAttribute('data-status', 'todo');
    await first.getByRole('button', { name: /Mark “Connect Marketo/ }).click();
    await expect(step(first)).toHaveAttribute('data-status', 'done');
    // The second popup was not touched: it updates live from storage.
    await expect(step(second)).toHaveAttribute('data-status', 'done');
    await expect(step(second).locator('[data-via="hand"]')).toBeVisible();
    await expect(second.getByTestId('progress-summary')).toHaveText('0 of 2 prerequisites and 1 of 8 steps done');
    await expect.poll(() => session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({}))).toBe('1/10');

    await session.context.close();
    session = await launch();
    const reopened = await session.openPopup();
    await expect(step(reopened)).toHaveAttribute('data-status', 'done');
    await expect.poll(() => session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({}))).toBe('1/10');
  });

  test('two contexts changing different steps at the same moment lose neither change', async ({ session }) => {
    const a = await session.openPopup();
    const b = await session.openPopup();
    await Promise.all([
      a.getByRole('button', { name: /Mark “Invite individual users/ }).click(),
      b.getByRole('button', { name: /Skip “Install/ }).click(),
    ]);
    for (const page of [a, b]) {
      await expect(page.locator('li[data-step="invite-users"]')).toHaveAttribute('data-status', 'done');
      await expect(page.locator('li[data-step="install-msi-package"]')).toHaveAttribute('data-status', 'skipped');
    }
    // A skipped step stays in the total, shown as skipped.
    await expect(a.getByTestId('progress-summary')).toHaveText('0 of 2 prerequisites and 1 of 8 steps done · 1 skipped');
  });

  test('undo, persona filter, language switch and reset behind a confirmation', async ({ session }) => {
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: /Mark “Set up the Marketo Sales account/ }).click();
    await expect(popup.locator('li[data-step="setup-sales-account"]')).toHaveAttribute('data-status', 'done');
    await popup.getByRole('button', { name: /Undo “Set up the Marketo Sales account/ }).click();
    await expect(popup.locator('li[data-step="setup-sales-account"]')).toHaveAttribute('data-status', 'todo');

    await popup.getByRole('radio', { name: 'Salesforce Admin' }).check();
    await expect(popup.locator('li[data-step="install-msi-package"]')).toBeVisible();
    await expect(popup.locator('li[data-step="setup-sales-account"]')).toHaveCount(0);
    // Step 2 is done by either admin, so it stays.
    await expect(popup.locator('li[data-step="connect-salesforce"]')).toBeVisible();

    await popup.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(popup.locator('main')).toHaveAttribute('lang', 'de');
    await expect(popup.getByRole('radio', { name: 'Salesforce-Administrator' })).toBeChecked();

    await popup.locator('li[data-step="install-msi-package"] button.mark-done').click();
    await expect(popup.locator('li[data-step="install-msi-package"]')).toHaveAttribute('data-status', 'done');
    await popup.getByRole('radio', { name: 'Beides' }).check();
    await popup.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
    const confirm = popup.getByRole('alertdialog');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(popup.locator('li[data-status="done"], li[data-status="skipped"]')).not.toHaveCount(0);
    await popup.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Ja, zurücksetzen' }).click();
    await expect(popup.locator('li[data-status="done"], li[data-status="skipped"]')).toHaveCount(0);
    // Preferences survive a reset.
    await expect(popup.locator('main')).toHaveAttribute('lang', 'de');
  });

  test('the popup follows a German browser', async ({ launch }) => {
    const session = await launch({ locale: 'de-DE' });
    const popup = await session.openPopup();
    await expect(popup.locator('main')).toHaveAttribute('lang', 'de');
    await expect(popup.getByTestId('progress-summary')).toHaveText('0 von 2 Voraussetzungen und 0 von 8 Schritten erledigt');
  });
  test('"Next up" leads: the first step still to do, its app and its person, and a way there', async ({ session }) => {
    const popup = await session.openPopup();
    const next = popup.getByTestId('next-up');
    await expect(next).toHaveAttribute('data-step', 'prereq-msi-enabled');
    await expect(next).toContainText('Prerequisite 1 of 2 · in Marketo Engage · Marketo Admin');
    for (const title of ['MSI Actions is enabled', 'The Marketo–Salesforce sync']) await popup.getByRole('button', { name: new RegExp(`Mark “${title}`) }).click();
    await expect(next).toHaveAttribute('data-step', 'setup-sales-account');
    await expect(next).toContainText('Step 1 of 8 · in Marketo Engage');
    // Skipping moves it on; a person's filter shows that person's next step.
    await popup.getByRole('button', { name: /Skip “Set up the Marketo Sales account/ }).click();
    await expect(next).toHaveAttribute('data-step', 'connect-salesforce');
    await expect(next).toContainText('Step 2 of 8 · in Sales Insight Actions · Marketo Admin or Salesforce Admin');
    await popup.getByRole('radio', { name: 'Salesforce Admin' }).check();
    await expect(next).toHaveAttribute('data-step', 'connect-salesforce');
    await popup.getByRole('button', { name: /Mark “Connect the Marketo Sales account/ }).click();
    await expect(next).toHaveAttribute('data-step', 'install-msi-package');
    await expect(next).toContainText('Step 7 of 8 · in Salesforce · Salesforce Admin');
    // No Salesforce instance seen yet: "Take me there" asks for its address first.
    await next.getByRole('button', { name: /Take me there/ }).click();
    await expect(next.getByLabel(/Which Salesforce address do you use/)).toBeFocused();
  });
});
