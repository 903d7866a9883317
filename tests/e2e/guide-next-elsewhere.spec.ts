import AxeBuilder from '@axe-core/playwright';
import { test, expect, type ExtensionSession } from './fixtures';
import { callout } from './guide-helpers';

const MARKETO_STEPS = ['prereq-msi-enabled', 'prereq-salesforce-sync', 'setup-sales-account', 'start-data-sync'];

/** Every Marketo step done by hand: the guide goes on with step 2, in Sales Insight Actions. */
const marketoPartDone = (session: ExtensionSession) => markDone(session, MARKETO_STEPS);

/** Marks these steps done by hand in the popup. */
async function markDone(session: ExtensionSession, ids: readonly string[]) {
  const popup = await session.openPopup();
  for (const id of ids) {
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

  for (const [locale, line, one] of [
    ['en-US', 'Steps 2–3 happen in Sales Insight Actions — you can do them later.', 'Step 3 happens in Sales Insight Actions — you can do it later.'],
    ['de-DE', 'Schritte 2–3 finden in Sales Insight Actions statt – das können Sie später erledigen.', 'Schritt 3 findet in Sales Insight Actions statt – das können Sie später erledigen.'],
  ] as const) {
    test(`while this app still has a step, the callout says which steps before it happen elsewhere (${locale})`, async ({ launch }) => {
      const session = await launch({ locale });
      await markDone(session, MARKETO_STEPS.slice(0, 3));
      const page = await session.context.newPage();
      await page.goto(`https://app-ab12.marketo.com/?reset=1${locale === 'de-DE' ? '&lang=de' : ''}#SI0A1`);
      // Step 4 is Marketo's own: its callout shows (not the card), and says steps 2–3 can wait.
      await expect(callout(page)).toHaveAttribute('data-step', 'start-data-sync');
      await expect(callout(page).locator('[data-later]')).toHaveText([line]);
      await expect(card(page)).toHaveCount(0);
      // Step 2 done elsewhere: only step 3 is left before it, said as one step.
      await markDone(session, ['connect-salesforce']);
      await expect(callout(page).locator('[data-later]')).toHaveText([one]);
      expect((await new AxeBuilder({ page }).include('msi-guide-overlay').analyze()).violations.map((v) => v.id)).toEqual([]);
    });
  }
});
