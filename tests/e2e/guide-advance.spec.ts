import AxeBuilder from '@axe-core/playwright';
import { test, expect, type ExtensionSession } from './fixtures';
import { callout, clickSpotlight, expectCallout, walkStep } from './guide-helpers';
import { backwardJumps, recordedSubSteps, recordSubSteps } from './walk-record';

/** P1 and P2 marked done, so step 1 is the current step on Marketo. */
async function atStepOne(session: ExtensionSession) {
  const popup = await session.openPopup();
  for (const id of ['prereq-msi-enabled', 'prereq-salesforce-sync']) await popup.locator(`li[data-step="${id}"] button.mark-done`).click();
  await expect(popup.locator('li[data-step="prereq-salesforce-sync"]')).toHaveAttribute('data-status', 'done');
  await popup.close();
}

const TEXTS = {
  en: { wait: 'Select at least one admin first.', verified: '✓ Verified:' },
  de: { wait: 'Wählen Sie zuerst mindestens einen Administrator aus.', verified: '✓ Bestätigt:' },
} as const;

/** Do two boxes overlap (by more than a rounding pixel)? */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

for (const lang of ['en', 'de'] as const) {
  test(`advance on state (${lang}): the admin picker waits for a tick, the success shows beside its evidence, never a step back`, async ({ launch }) => {
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    await atStepOne(session);
    const page = await session.context.newPage();
    await recordSubSteps(page);
    await page.goto(`https://app-ab12.marketo.com/?reset=1&lang=${lang}#ML0A1`);
    // From Marketo's home to the admin picker, following the callouts.
    await walkStep(session, page, 'setup-sales-account', {
      until: async () => (await callout(page).getAttribute('data-target', { timeout: 500 }).catch(() => null)) === 'marketo.invite.admin-picker',
    });

    // A click on the list that ticks nobody: Send Invite stays disabled, so the guide waits and says why.
    await page.locator('.mkt-admin-list').dispatchEvent('click');
    const picker = await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
    await expect(picker.locator('[data-waiting]')).toContainText(TEXTS[lang].wait);
    await expect(page.locator('.mktButtonPositive')).toHaveAttribute('aria-disabled', 'true');
    expect((await new AxeBuilder({ page }).include('msi-guide-overlay').analyze()).violations.map((v) => v.id)).toEqual([]);

    // Ticking an admin enables the button: now the guide moves on.
    await page.locator('.x4-form-cb-label', { hasText: 'Jonas Wagner' }).click();
    const send = await expectCallout(page, 'setup-sales-account', 'marketo.invite.send');
    await expect(send.locator('[data-waiting]')).toHaveCount(0);

    // Send Invite: the callout says what the page showed, beside that evidence, not over it.
    expect(await clickSpotlight(page)).toBe(true);
    const success = callout(page);
    await expect(success).toHaveAttribute('data-verified', '');
    await expect(success.locator('[data-verified]')).toContainText(TEXTS[lang].verified);
    await expect(success.locator('[data-verified]')).not.toHaveText(TEXTS[lang].verified);
    const evidence = await page.locator('msi-guide-overlay [data-spotlight]').boundingBox();
    const card = await success.boundingBox();
    expect(evidence && card && overlap(evidence, card)).toBe(false);
    expect((await new AxeBuilder({ page }).include('msi-guide-overlay').analyze()).violations.map((v) => v.id)).toEqual([]);

    // Then on to step 4, with no sub-step index going down on the way.
    await expectCallout(page, 'start-data-sync', 'marketo.action-field-sync.sync');
    const records = await recordedSubSteps(page);
    expect(records.flat().length).toBeGreaterThan(3);
    expect(backwardJumps(records)).toEqual([]);
  });
}

test('Back is the only way down: the record shows the one step back the user took, then forward again', async ({ session }) => {
  await atStepOne(session);
  const page = await session.context.newPage();
  await recordSubSteps(page);
  await page.goto('https://app-ab12.marketo.com/?reset=1&tab=actions#SI0A1');
  const dialog = await expectCallout(page, 'setup-sales-account', 'marketo.invite.admin-picker');
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expectCallout(page, 'setup-sales-account', 'marketo.sales-insight.actions-config-tab');
  // Ticking an admin (the control of a later sub-step) moves on from there, once Send Invite is enabled.
  await page.locator('.x4-form-cb-label', { hasText: 'Jonas Wagner' }).click();
  await expectCallout(page, 'setup-sales-account', 'marketo.invite.send');
  expect(backwardJumps(await recordedSubSteps(page))).toEqual(['setup-sales-account: 3 → 2']);
});
