import { test, expect } from './fixtures';

test.describe('content script on the replica hosts', () => {
  test('recognises Marketo Admin › Sales Insight on app-ab12.marketo.com', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#SI0A1');
    const tabId = await session.tabIdFor('app-ab12.marketo.com');
    const popup = await session.openPopup(tabId);
    const where = popup.getByTestId('you-are-here');
    await expect(where).toHaveAttribute('data-page', 'marketo-admin-sales-insight');
    await expect(where).toHaveText('You are here: Marketo Engage › Admin › Sales Insight (app-ab12.marketo.com)');
  });

  test('follows a route change without a reload', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#SI0A1');
    const tabId = await session.tabIdFor('app-ab12.marketo.com');
    const popup = await session.openPopup(tabId);
    await expect(popup.getByTestId('you-are-here')).toHaveAttribute('data-page', 'marketo-admin-sales-insight');
    await page.evaluate(() => (location.hash = '#SF0A1'));
    await expect(popup.getByTestId('you-are-here')).toHaveAttribute('data-page', 'marketo-admin-salesforce');
  });

  test('recognises Marketo inside the experience.adobe.com iframe', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/SI0A1');
    await expect(page.frameLocator('iframe').locator('.x-tab-strip-active .x-tab-strip-text')).toHaveText('Sales Insight');
    const tabId = await session.tabIdFor('app-ab12.marketo.com');
    const popup = await session.openPopup(tabId);
    const where = popup.getByTestId('you-are-here');
    await expect(where).toHaveAttribute('data-page', 'marketo-admin-sales-insight');
    await expect(where).toContainText('inside Adobe Experience Cloud');
  });

  test('says so when the tab is not on a page of the setup', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#SI0A1');
    const tabId = await session.tabIdFor('app-ab12.marketo.com');
    await page.goto('about:blank');
    const popup = await session.openPopup(tabId);
    await expect(popup.getByTestId('you-are-here')).toHaveText('This tab is not on a page of the setup.');
  });
});
