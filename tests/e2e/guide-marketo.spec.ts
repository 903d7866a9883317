import { test, expect } from './fixtures';
import { callout, clickSpotlight, expectCallout, walkStep } from './guide-helpers';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

for (const lang of ['en', 'de'] as const) {
  test(`guide on Marketo Engage (${lang}): both prerequisites, step 1 and step 4 done from page evidence alone`, async ({ launch }) => {
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    const page = await session.context.newPage();
    await page.goto(`https://app-ab12.marketo.com/?reset=1&seed=7&lang=${lang}#ML0A1`);

    // The first callout points at Admin, with the spotlight on it.
    await expectCallout(page, 'prereq-msi-enabled', 'marketo.admin-nav');
    await expect(page.locator('msi-guide-overlay [data-spotlight]')).toBeVisible();

    // P1: Admin › Sales Insight shows the Actions Config tab. P2: Admin › Salesforce shows the sync enabled.
    // (The tab itself may be pointed at while the evidence settles: "look for the Actions Config tab".)
    expect((await walkStep(session, page, 'prereq-msi-enabled')).slice(0, 2)).toEqual(['marketo.admin-nav', 'marketo.admin-tree.sales-insight']);
    expect((await walkStep(session, page, 'prereq-salesforce-sync'))[0]).toBe('marketo.admin-tree.salesforce');

    // Step 1: back to Sales Insight, Actions Config tab, pick an admin, Send Invite.
    const pickAdmin = () => page.locator('.x4-form-cb-label', { hasText: 'Jonas Wagner' }).click();
    expect(await walkStep(session, page, 'setup-sales-account', { inputs: { 'marketo.invite.admin-picker': pickAdmin } })).toEqual([
      'marketo.admin-tree.sales-insight',
      'marketo.sales-insight.actions-config-tab',
      'marketo.invite.admin-picker',
      'marketo.invite.send',
    ]);
    await expect(page.locator('.x4-form-display-field.mkt-mono').nth(1)).not.toBeEmpty();

    // Step 4: Sync → preview window → Start Sync; the caution about the original user shows.
    const sync = await expectCallout(page, 'start-data-sync', 'marketo.action-field-sync.sync');
    await expect(sync.locator('.notice--caution')).toContainText(lang === 'de' ? 'ursprünglichen' : 'original user');
    // The preview the admin must review is never under the callout: it goes beside the window.
    expect(await clickSpotlight(page)).toBe(true);
    const preview = await expectCallout(page, 'start-data-sync', 'marketo.action-field-sync.start-sync');
    await expect(preview).toHaveAttribute('data-beside', 'container');
    const [card, fields] = [await preview.boundingBox(), await page.locator('.mkt-field-grid').boundingBox()];
    expect(overlap(card!, fields!)).toBe(false);
    expect(await walkStep(session, page, 'start-data-sync')).toEqual(['marketo.action-field-sync.start-sync']);
    await expect(callout(page)).toHaveCount(0);

    const popup = await session.openPopup();
    for (const id of ['prereq-msi-enabled', 'prereq-salesforce-sync', 'setup-sales-account', 'start-data-sync']) {
      await expect(popup.locator(`li[data-step="${id}"] [data-via="evidence"]`)).toBeVisible();
    }
    await expect(popup.locator('li[data-step="setup-sales-account"] details.evidence')).toContainText('app-ab12.marketo.com');
  });
}

test('two tabs on different apps each show their own step', async ({ session }) => {
  const marketo = await session.context.newPage();
  await marketo.goto('https://app-ab12.marketo.com/?reset=1#ML0A1');
  const sia = await session.context.newPage();
  await sia.goto('https://toutapp.com/next?reset=1#inbox');
  await expectCallout(marketo, 'prereq-msi-enabled', 'marketo.admin-nav');
  await expectCallout(sia, 'connect-salesforce', 'sia.gear');
  // Progress made in one tab moves the other on: marking P1 and P2 done shows step 1 in Marketo.
  const popup = await session.openPopup();
  for (const id of ['prereq-msi-enabled', 'prereq-salesforce-sync']) await popup.locator(`li[data-step="${id}"] button.mark-done`).click();
  await expect(callout(marketo)).toHaveAttribute('data-step', 'setup-sales-account');
  await expect(callout(sia)).toHaveAttribute('data-step', 'connect-salesforce');
});
