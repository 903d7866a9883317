import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { STEP_IDS } from '../../lib/guide/types';

for (const locale of ['en-US', 'de-DE']) {
  test(`the popup has no axe-core violations (${locale})`, async ({ launch }) => {
    const session = await launch({ locale });
    const popup = await session.openPopup();
    // Put the popup in a rich state: one step done, one skipped, evidence details open.
    await popup.locator('li[data-step="connect-marketo"] button.mark-done').click();
    await popup.locator('li[data-step="invite-users-csv"] button.skip').click();
    await expect(popup.locator('li[data-step="connect-marketo"]')).toHaveAttribute('data-status', 'done');
    await popup.locator('footer button').click();
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`at the end, a completion view that tells verified from marked by hand (${locale})`, async ({ launch }) => {
    const de = locale === 'de-DE';
    const session = await launch({ locale });
    const popup = await session.openPopup();
    await popup.locator('li[data-step="install-msi-package"] button.skip').click();
    // Each open step is marked done in turn, waiting for each to show done: finished rows fold to one line.
    for (const id of STEP_IDS.filter((s) => s !== 'install-msi-package')) {
      const row = popup.locator(`li[data-step="${id}"]`);
      await row.locator('button.mark-done').click();
      await expect(row).toHaveAttribute('data-status', 'done');
    }
    const done = popup.getByTestId('next-up');
    await expect(done).toHaveAttribute('data-complete', '');
    await expect(done.getByRole('heading')).toHaveText(de ? 'Einrichtung abgeschlossen' : 'Setup complete');
    await expect(popup.getByTestId('complete-counts')).toHaveText(de ? '9 von Hand markiert, 1 übersprungen' : '9 marked by hand, 1 skipped');
    await expect(done.getByRole('link', { name: de ? 'Jetzt prüfen' : 'Verify now' })).toHaveAttribute('href', '/report.html#verify');
    await expect(popup.locator('li[data-step="connect-marketo"] summary')).toBeVisible();
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
