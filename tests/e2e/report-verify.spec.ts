import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { storedStep } from './guide-helpers';

test('Verify now: re-checks steps on the open pages, records what they show, and opens a step’s page after asking', async ({ session }) => {
  // Marked by hand earlier: P2 (its page is open and shows it) and step 3 (its page is open and does not).
  const popup = await session.openPopup();
  for (const id of ['prereq-salesforce-sync', 'connect-marketo']) await popup.locator(`li[data-step="${id}"] button.mark-done`).click();
  await expect(popup.locator('li[data-step="connect-marketo"]')).toHaveAttribute('data-status', 'done');
  await popup.close();
  const marketo = await session.context.newPage();
  await marketo.goto('https://app-ab12.marketo.com/?reset=1#SF0A1');
  const sia = await session.context.newPage();
  await sia.goto('https://toutapp.com/next?reset=1#settings/admin/marketo');
  await expect(sia.locator('msi-guide-overlay [role="dialog"]')).toBeVisible();
  expect((await storedStep(session, 'prereq-salesforce-sync'))?.evidence).toEqual([]);

  const report = await session.context.newPage();
  await report.goto(`chrome-extension://${session.extensionId}/report.html`);
  await report.getByRole('button', { name: 'Verify now' }).click();
  const row = (id: string) => report.locator(`.verify li[data-step="${id}"]`);
  await expect(row('prereq-salesforce-sync')).toHaveAttribute('data-outcome', 'confirmed');
  await expect(row('prereq-salesforce-sync')).toContainText('app-ab12.marketo.com');
  await expect(row('connect-marketo')).toHaveAttribute('data-outcome', 'not-seen');
  await expect(row('connect-marketo')).toContainText('does not show it now');
  await expect(row('install-msi-package')).toHaveAttribute('data-outcome', 'no-page');
  await expect(report.getByRole('status').filter({ hasText: 'Checked' })).toContainText('1 confirmed, 1 not shown, 8 with no page open');
  // The evidence is updated with what the page shows now; the hand-marked status stays as it was.
  const p2 = await storedStep(session, 'prereq-salesforce-sync');
  expect(p2?.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'p2-sync-status-enabled', host: 'app-ab12.marketo.com' })]));
  expect((await storedStep(session, 'connect-marketo'))?.status).toBe('done');

  // Step 2's page is not open: asked first, then opened (the Sales Insight Actions tab is reused) and checked.
  await row('connect-salesforce').getByRole('button', { name: 'Open its page and check' }).click();
  const question = row('connect-salesforce').getByRole('alertdialog');
  await expect(question).toContainText('Open the page of');
  await question.getByRole('button', { name: 'Open and check' }).click();
  await expect(sia).toHaveURL(/#settings\/crm\/salesforce\/configure/);
  await expect(row('connect-salesforce')).toHaveAttribute('data-outcome', 'not-seen', { timeout: 20_000 });

  const results = await new AxeBuilder({ page: report }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
