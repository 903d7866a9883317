import { test, expect } from './fixtures';
import { callout, expectCallout, expectDoneFromEvidence } from './guide-helpers';

test.describe('guide on Marketo Engage', () => {
  test('walks both prerequisites, step 1 and step 4; each is done from page evidence alone', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&seed=7#ML0A1');

    // P1: Admin › Sales Insight shows the Actions Config tab.
    (await expectCallout(page, 'prereq-msi-enabled', 'marketo.admin-nav')).isVisible();
    await expect(page.locator('msi-guide-overlay [data-spotlight]')).toBeVisible();
    await page.locator('.mkt-main-nav button', { hasText: 'Admin' }).click();
    await expectCallout(page, 'prereq-msi-enabled', 'marketo.admin-tree.sales-insight');
    await page.locator('.x-tree-node span', { hasText: 'Sales Insight' }).click();
    await expectDoneFromEvidence(session, 'prereq-msi-enabled');

    // P2: the Salesforce sync page shows the sync enabled.
    await expectCallout(page, 'prereq-salesforce-sync', 'marketo.admin-tree.salesforce');
    await page.locator('.x-tree-node span', { hasText: /^Salesforce$/ }).click();
    await expectDoneFromEvidence(session, 'prereq-salesforce-sync');

    // Step 1: invite an admin; the Client ID appears on the Integration Information card.
    await expectCallout(page, 'setup-sales-account', 'marketo.admin-tree.sales-insight');
    await page.locator('.x-tree-node span', { hasText: 'Sales Insight' }).click();
    await expectCallout(page, 'setup-sales-account', 'marketo.sales-insight.actions-config-tab');
    await page.locator('.x4-tab', { hasText: 'Actions Config' }).click();
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    await page.locator('.x4-form-cb-label', { hasText: 'Jonas Wagner' }).click();
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.send');
    await page.locator('a.x4-btn', { hasText: 'Send Invite' }).click();
    await expectDoneFromEvidence(session, 'setup-sales-account');

    // Step 4: Sync → preview window → Start Sync; the caution about the original user shows.
    const sync = await expectCallout(page, 'start-data-sync', 'marketo.action-field-sync.sync');
    await expect(sync.locator('.notice--caution')).toContainText('original user');
    await page.locator('a.x4-btn', { hasText: /^Sync$/ }).click();
    // The callout stays above the host's modal window (top layer).
    await expectCallout(page, 'start-data-sync', 'marketo.action-field-sync.start-sync');
    await page.locator('.x4-window a.x4-btn', { hasText: 'Start Sync' }).click();
    await expectDoneFromEvidence(session, 'start-data-sync');
    await expect(callout(page)).toHaveCount(0);
  });
});
