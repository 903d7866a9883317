import { test, expect } from './fixtures';
import { storedStep, walkStep } from './guide-helpers';

const CSV = 'Email,First Name,Last Name\nlena.koch@example.com,Lena,Koch\nomar.haddad@example.com,Omar,Haddad\n';

for (const lang of ['en', 'de'] as const) {
  test(`guide on Sales Insight Actions (${lang}): steps 2, 3, 5 and 6 done from page evidence alone`, async ({ launch }) => {
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    const page = await session.context.newPage();
    await page.goto(`https://toutapp.com/next?reset=1&lang=${lang}#inbox`);

    const step2 = await walkStep(session, page, 'connect-salesforce');
    expect(step2.slice(0, 3)).toEqual(['sia.gear', 'sia.settings', 'sia.admin.salesforce']);
    expect(step2).toContain('sia.salesforce.confirm-ok');

    const step3 = await walkStep(session, page, 'connect-marketo');
    if (process.env.WALK_DEBUG) console.log(JSON.stringify(await storedStep(session, 'connect-marketo')), page.url(), await page.locator('main').innerText());
    expect(step3).toContain('sia.marketo.connect');

    const step5 = await walkStep(session, page, 'invite-users', {
      inputs: {
        'sia.users.invite-emails': async () => {
          await page.locator('textarea[name="emails"]').fill('mia.schulz@example.com, ben.wolf@example.com');
          await page.keyboard.press('Tab');
        },
      },
    });
    expect(step5).toEqual(expect.arrayContaining(['sia.users.actions', 'sia.users.invite', 'sia.users.invite-emails', 'sia.users.invite-submit']));

    // The user closes the confirmation of step 5 (its last instruction: "click OK").
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    const step6 = await walkStep(session, page, 'invite-users-csv', {
      inputs: {
        // Reviewing the mapping: the user reads it and moves on with the callout's Next.
        'sia.users.csv-mapping': () => page.locator('msi-guide-overlay [role="dialog"]').getByRole('button', { name: lang === 'de' ? 'Weiter' : 'Next' }).click(),
        'sia.users.csv-file': () => page.locator('input[type="file"]').setInputFiles({ name: 'invites.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }),
      },
    });
    expect(step6).toEqual(expect.arrayContaining(['sia.users.invite-csv', 'sia.users.csv-file', 'sia.users.csv-next', 'sia.users.csv-invite']));

    const popup = await session.openPopup();
    for (const id of ['connect-salesforce', 'connect-marketo', 'invite-users', 'invite-users-csv']) {
      const row = popup.locator(`li[data-step="${id}"]`);
      await expect(row).toHaveAttribute('data-status', 'done');
      await expect(row.locator('[data-via="evidence"]')).toBeVisible();
      await expect(row.locator('details.evidence')).toContainText('toutapp.com');
    }
  });
}
