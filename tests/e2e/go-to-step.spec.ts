import { test, expect } from './fixtures';
import { expectCallout } from './guide-helpers';

test.describe('popup: Go to step', () => {
  test('asks for the Marketo address when none is known, refuses a wrong one, then opens the step with its callout', async ({ session }) => {
    const popup = await session.openPopup();
    const row = popup.locator('li[data-step="setup-sales-account"]');
    await row.getByRole('button', { name: /Go to “Set up the Marketo Sales account”/ }).click();
    const address = row.getByRole('textbox', { name: /Which Marketo Engage address/ });
    await expect(address).toBeVisible();
    await address.fill('www.example.com');
    await row.getByRole('button', { name: 'Open' }).click();
    await expect(row.getByRole('alert')).toContainText('not a Marketo Engage address');

    const opened = session.context.waitForEvent('page');
    await address.fill('https://app-ab12.marketo.com/');
    await row.getByRole('button', { name: 'Open' }).click();
    const page = await opened;
    await expect(page).toHaveURL('https://app-ab12.marketo.com/');
    // The chosen step is shown even though the prerequisites are still open.
    await expectCallout(page, 'setup-sales-account', 'marketo.admin-nav');
  });

  test('focuses the tab already on the app instead of opening another', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#ML0A1');
    await session.tabIdFor('app-ab12.marketo.com');
    const popup = await session.openPopup();
    const pagesBefore = session.context.pages().length;
    await popup.locator('li[data-step="prereq-salesforce-sync"]').getByRole('button', { name: /Go to/ }).click();
    await expect(page).toHaveURL(/#SF0A1$/);
    expect(session.context.pages().length).toBe(pagesBefore);
    await expect(page.locator('.x-tab-strip-active .x-tab-strip-text')).toHaveText('Salesforce');
  });

  test('Sales Insight Actions needs no address: it opens toutapp.com on the step page', async ({ session }) => {
    const popup = await session.openPopup();
    const opened = session.context.waitForEvent('page');
    await popup.locator('li[data-step="invite-users"]').getByRole('button', { name: /Go to/ }).click();
    await expect(await opened).toHaveURL('https://toutapp.com/next#settings/admin/user-management');
  });
});
