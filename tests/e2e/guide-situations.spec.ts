import AxeBuilder from '@axe-core/playwright';
import { test, expect, type ExtensionSession } from './fixtures';
import type { ChromeGlobal } from '../harness/chrome-api';
import { callout, expectCallout, expectDoneFromEvidence } from './guide-helpers';
import { MARKETO_TARGETS } from '../../lib/apps/marketo/targets';

/** Every way of the Actions Config tab is tried, and each is listed in the diagnostic. */
const TAB_WAYS = MARKETO_TARGETS['marketo.sales-insight.actions-config-tab'].ways.length;

/** Marketo with P1 and P2 already done, so step 1 is the current step. */
async function atStepOne(session: ExtensionSession) {
  const popup = await session.openPopup();
  for (const id of ['prereq-msi-enabled', 'prereq-salesforce-sync']) await popup.locator(`li[data-step="${id}"] button.mark-done`).click();
  await expect(popup.locator('li[data-step="prereq-salesforce-sync"]')).toHaveAttribute('data-status', 'done');
  await popup.close();
}

test.describe('guide situations on the replicas', () => {
  test('a late target: the callout appears when the panel renders 2.5 s late, with no fallback first', async ({ session }) => {
    await atStepOne(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&delay=2500&tab=actions#SI0A1');
    await expect(page.locator('.x-mask-msg')).toBeVisible();
    await expect(callout(page)).toHaveCount(0);
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
  });

  test('a target inside the experience.adobe.com iframe', async ({ session }) => {
    await atStepOne(session);
    const page = await session.context.newPage();
    await page.goto('https://experience.adobe.com/?reset=1&tab=actions#/@acme/so:123-ABC-456/marketo-engage/classic/SI0A1');
    const frame = page.frameLocator('iframe[title="Marketo Engage"]');
    await expectCallout(frame, 'setup-sales-account', 'marketo.invite.admin-picker');
    // The shell itself shows nothing: Marketo's frame owns the guide.
    await expect(callout(page)).toHaveCount(0);
    await frame.locator('.x4-form-cb-label', { hasText: 'Anna Becker' }).click();
    await frame.locator('a.x4-btn', { hasText: 'Send Invite' }).click();
    await expectDoneFromEvidence(session, 'setup-sales-account');
  });

  test('a host modal window over the target: the callout stays on top and clickable', async ({ session }) => {
    await atStepOne(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&modal=1&tab=actions#SI0A1');
    await expect(page.locator('.x-window .x-window-header-text')).toBeVisible();
    const dialog = await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    // Clicking our button works although an ExtJS window (z-index 29003) and its mask cover the page.
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.send');
    // Our layer is in the browser's top layer, above any z-index the host uses.
    expect(await page.locator('msi-guide-overlay').evaluate((el) => el.matches(':popover-open'))).toBe(true);
  });

  test('a target below the fold of a nested scroll container is scrolled into view', async ({ session }) => {
    const popup = await session.openPopup();
    for (const id of ['prereq-msi-enabled', 'prereq-salesforce-sync', 'setup-sales-account']) await popup.locator(`li[data-step="${id}"] button.mark-done`).click();
    await expect(popup.locator('li[data-step="setup-sales-account"]')).toHaveAttribute('data-status', 'done');
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&state=invited&tab=actions#SI0A1');
    await expectCallout(page, 'start-data-sync', 'marketo.action-field-sync.sync');
    const sync = page.locator('a.x4-btn', { hasText: /^Sync$/ });
    await expect(sync).toBeInViewport();
    expect(await page.locator('.x-tab-panel-body').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

    // The callout and spotlight follow the target when the user scrolls the container.
    const spot = page.locator('msi-guide-overlay [data-spotlight]');
    const before = (await spot.boundingBox())!.y;
    const targetBefore = (await sync.boundingBox())!.y;
    await page.locator('.x-tab-panel-body').evaluate((el) => el.scrollBy(0, -60));
    await expect.poll(async () => (await sync.boundingBox())!.y - targetBefore).toBeGreaterThan(30);
    const moved = (await sync.boundingBox())!.y - targetBefore;
    await expect.poll(async () => Math.round((await spot.boundingBox())!.y - before)).toBe(Math.round(moved));
  });

  test('no style leaks: the host page’s rem and global rules do not change the callout', async ({ session }) => {
    await atStepOne(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&tab=actions#SI0A1');
    const dialog = await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    const title = dialog.locator('h2');
    const size = () => title.evaluate((el) => [getComputedStyle(el).fontSize, getComputedStyle(el).color]);
    const normal = await size();
    await page.addStyleTag({ content: 'html { font-size: 40px !important; } * { color: rgb(255, 0, 0) !important; font-size: 2rem !important; } h2 { display: none !important; }' });
    await expect(title).toBeVisible();
    expect(await size()).toEqual(normal);
    // And ours do not reach the host: its own headings keep their styles.
    expect(await page.locator('.x4-header-text').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
  });

  test('a missing target: a centred fallback card with the written instruction, a diagnostic, and nothing highlighted', async ({ session }) => {
    const page = await session.context.newPage();
    // MSI Actions not enabled: the Actions Config tab does not exist.
    await page.goto('https://app-ab12.marketo.com/?reset=1&actions=0#SI0A1');
    const card = callout(page);
    await expect(card).toHaveAttribute('data-fallback', '', { timeout: 15_000 });
    await expect(card).toHaveAttribute('data-target', 'marketo.sales-insight.actions-config-tab');
    await expect(card).toContainText('usually');
    await expect(page.locator('msi-guide-overlay [data-spotlight]')).toHaveCount(0);
    await expect
      .poll(async () => {
        const items = await session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('progress'));
        const diagnostics = (items.progress as { state: { diagnostics: Array<{ target: string; tried: unknown[] }> } }).state.diagnostics;
        return diagnostics.map((d) => `${d.target}:${d.tried.length}`);
      })
      .toEqual([`marketo.sales-insight.actions-config-tab:${TAB_WAYS}`]);
    // "I did this" marks it by hand.
    await card.getByRole('button', { name: 'I did this' }).click();
    const popup = await session.openPopup();
    await expect(popup.locator('li[data-step="prereq-msi-enabled"] [data-via="hand"]')).toBeVisible();
  });

  test('keyboard: shortcuts move the guide but never steal keys from a host field; focus stays in the page', async ({ session }) => {
    await atStepOne(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&tab=actions#SI0A1');
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('MSI-GUIDE-OVERLAY');
    // While the user types in a host field, the same keys stay theirs.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'host-field';
      // What the field received: our capturing handler stops the keys it takes, so a key seen here was not taken.
      input.addEventListener('keydown', (event) => (input.dataset.keys = `${input.dataset.keys ?? ''} ${event.code}`));
      document.body.prepend(input);
    });
    await page.locator('#host-field').focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(page.locator('#host-field')).toHaveAttribute('data-keys', / ArrowRight$/);
    await expect(callout(page)).toHaveAttribute('data-target', 'marketo.invite.admin-picker');
    await page.locator('#host-field').blur();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.send');
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    await page.keyboard.press('Alt+Shift+KeyM');
    await expect(page.locator('msi-guide-overlay button.pill')).toBeVisible();
    await page.keyboard.press('Alt+Shift+KeyM');
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    // The live region announced the step.
    await expect(page.locator('msi-guide-overlay [role="status"]')).toContainText('Step 1 of 8');
  });

  test('German UI: the callout speaks German and axe finds no violations with a callout shown', async ({ launch }) => {
    const session = await launch({ locale: 'de-DE' });
    await atStepOne(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&lang=de&tab=actions#SI0A1');
    const dialog = await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    await expect(dialog).toContainText('Schritt 1 von 8');
    await expect(dialog.getByRole('button', { name: 'Weiter' })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('msi-guide-overlay').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('English UI: axe finds no violations in the callout', async ({ session }) => {
    await atStepOne(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&tab=actions#SI0A1');
    await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    const results = await new AxeBuilder({ page }).include('msi-guide-overlay').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
