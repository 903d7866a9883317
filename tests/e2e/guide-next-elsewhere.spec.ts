import AxeBuilder from '@axe-core/playwright';
import { test, expect, type ExtensionSession } from './fixtures';
import { callout } from './guide-helpers';

const MARKETO_STEPS = ['prereq-msi-enabled', 'prereq-salesforce-sync', 'setup-sales-account', 'start-data-sync'];

/** Every Marketo step done by hand: the guide goes on with step 2, in Sales Insight Actions. */
async function marketoPartDone(session: ExtensionSession) {
  const popup = await session.openPopup();
  for (const id of MARKETO_STEPS) {
    const row = popup.locator(`li[data-step="${id}"]`);
    // A page open on Marketo may prove a prerequisite by itself, before or while we click.
    if ((await row.getAttribute('data-status')) !== 'done') await row.locator('button.mark-done').click({ timeout: 5_000 }).catch(() => undefined);
    await expect(row).toHaveAttribute('data-status', 'done');
  }
  await popup.close();
}

/** The card is in our overlay's shadow root (open in the e2e build). */
const card = (page: import('@playwright/test').Page) => page.locator('msi-guide-overlay [role="dialog"][data-elsewhere]');

test.describe('next up, across apps', () => {
  test('with the Marketo part done, the callout says where the guide goes on and opens it', async ({ session }) => {
    await marketoPartDone(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#SI0A1');
    await expect(card(page)).toHaveAttribute('data-elsewhere', 'connect-salesforce');
    await expect(card(page).getByRole('heading')).toHaveText('Marketo Engage part done');
    await expect(card(page)).toContainText('Step 2 of 8: Connect the Marketo Sales account to Salesforce, in Sales Insight Actions.');
    expect((await new AxeBuilder({ page }).include('msi-guide-overlay').analyze()).violations.map((v) => v.id)).toEqual([]);

    // "Later" folds it into a pill; the pill brings it back.
    await card(page).getByRole('button', { name: 'Later' }).click();
    const pill = page.locator('msi-guide-overlay button.pill[data-elsewhere="connect-salesforce"]');
    await expect(pill).toHaveText('Next up: Step 2 of 8 in Sales Insight Actions');
    await pill.click();

    const opened = session.context.waitForEvent('page');
    await card(page).getByRole('button', { name: 'Open Sales Insight Actions' }).click();
    const sia = await opened;
    await expect(sia).toHaveURL(/^https:\/\/toutapp\.com\/next/);
    await expect(callout(sia)).toHaveAttribute('data-step', 'connect-salesforce');
  });

  test('a page script’s click on "Open" opens nothing; only the user’s click does', async ({ session }) => {
    await marketoPartDone(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#SI0A1');
    const open = card(page).getByRole('button', { name: 'Open Sales Insight Actions' });
    await expect(open).toBeVisible();
    const pagesBefore = session.context.pages().length;
    // The host page's own world finds the button (the e2e build opens our shadow root) and clicks it.
    await page.evaluate(() => {
      const root = document.querySelector('msi-guide-overlay')!.shadowRoot!;
      [...root.querySelectorAll<HTMLButtonElement>('[data-elsewhere] button')].forEach((b) => b.click());
    });
    // A positive signal first: the user's click opens the tab; no other one was opened before it.
    const opened = session.context.waitForEvent('page');
    await open.click();
    await opened;
    expect(session.context.pages().length).toBe(pagesBefore + 1);
  });

  test('in German, with no card while this app still has a step to do', async ({ launch }) => {
    const session = await launch({ locale: 'de-DE' });
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&lang=de#SI0A1');
    // Marketo's own steps come first: a callout, not the card.
    await expect(callout(page)).toHaveAttribute('data-step', /^(prereq-|setup-sales-account)/);
    await expect(card(page)).toHaveCount(0);
    await marketoPartDone(session);
    await expect(card(page).getByRole('heading')).toHaveText('Teil in Marketo Engage erledigt');
    await expect(card(page)).toContainText('Schritt 2 von 8: Marketo-Sales-Konto mit Salesforce verbinden, in Sales Insight Actions.');
    await expect(card(page).getByRole('button', { name: 'Sales Insight Actions öffnen' })).toBeVisible();
    expect((await new AxeBuilder({ page }).include('msi-guide-overlay').analyze()).violations.map((v) => v.id)).toEqual([]);
  });
});
