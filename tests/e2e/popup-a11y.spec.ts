import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

for (const locale of ['en-US', 'de-DE']) {
  test(`the popup has no axe-core violations (${locale})`, async ({ launch }) => {
    const session = await launch({ locale });
    const popup = await session.openPopup();
    // Put the popup in a rich state: one step done, one skipped, evidence details open.
    await popup.locator('li[data-step="connect-marketo"] button.primary').click();
    await popup.locator('li[data-step="invite-users-csv"] button:not(.primary)').first().click();
    await expect(popup.locator('li[data-step="connect-marketo"]')).toHaveAttribute('data-status', 'done');
    await popup.locator('footer button').click();
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
