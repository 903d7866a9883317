import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
export { test };
import { callout, walkStep } from './guide-helpers';

/*
 * The walks (defined here, run by guide-walks-default.spec.ts and guide-walks-variant.spec.ts) of steps 1–6 on both replica sets (public/replicas, and tests/replicas-variant, written apart
 * from the locators), in English and German: every callout must point at the element the replica marks
 * as the right one, and every step must end done from page evidence.
 */

const CSV = 'Email,First Name,Last Name\nlena.koch@example.com,Lena,Koch\nomar.haddad@example.com,Omar,Haddad\n';

interface ReplicaSet {
  /**
   * Whether the replicas mark their true targets (`data-truth`). The variant set does; the shipped set
   * (public/replicas, also the practice sandbox) does not, and its own specs (guide-*.spec.ts) assert targets.
   */
  marksTruth: boolean;
  marketoStart: (lang: string) => string;
  pickAdmin: (page: Page) => Promise<void>;
  fillEmails: (page: Page) => Promise<void>;
  closeInviteConfirmation: (page: Page) => Promise<void>;
  /** Closes Marketo's "invitation sent" message, as the admin would, where the replica keeps one open. */
  closeMarketoConfirmation: (page: Page) => Promise<void>;
}

const SETS: Record<'default' | 'variant', ReplicaSet> = {
  default: {
    marksTruth: false,
    marketoStart: (lang) => `https://app-ab12.marketo.com/?reset=1&seed=7&lang=${lang}#ML0A1`,
    pickAdmin: (page) => page.locator('.x4-form-cb-label', { hasText: 'Jonas Wagner' }).click(),
    fillEmails: async (page) => {
      await page.locator('textarea[name="emails"]').fill('mia.schulz@example.com, ben.wolf@example.com');
      await page.keyboard.press('Tab');
    },
    closeInviteConfirmation: (page) => page.getByRole('dialog').getByRole('button', { name: 'OK' }).click(),
    closeMarketoConfirmation: async () => {},
  },
  variant: {
    marksTruth: true,
    marketoStart: (lang) => `https://app-ab12.marketo.com/?reset=1&lang=${lang}#MM0A1`,
    pickAdmin: (page) => page.locator('tr', { hasText: 'Jordan Lee' }).click(),
    fillEmails: async (page) => {
      await page.getByRole('dialog').locator('textarea').fill('mia.schulz@example.com, ben.wolf@example.com');
      await page.keyboard.press('Tab');
    },
    closeInviteConfirmation: (page) => page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click(),
    // An ExtJS 3 message box over a modal mask.
    closeMarketoConfirmation: (page) => page.locator('.x-window-dlg').getByRole('button', { name: 'OK' }).click(),
  },
};

/** Defines the walks for one replica set; the spec file sets `test.use({ replicaRoot })` at its top level. */
export function defineWalks(root: 'default' | 'variant') {
  test.describe(`replica set ${root}`, () => {
    const set = SETS[root];
    for (const lang of ['en', 'de'] as const) {
      test(`Marketo (${lang}): prerequisites, steps 1 and 4 point at the right controls and complete from evidence`, async ({ launch }) => {
        const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
        const page = await session.context.newPage();
        await page.goto(set.marketoStart(lang));
        const walk = { checkTruth: set.marksTruth };
        await walkStep(session, page, 'prereq-msi-enabled', walk);
        await walkStep(session, page, 'prereq-salesforce-sync', walk);
        const step1 = await walkStep(session, page, 'setup-sales-account', { ...walk, inputs: { 'marketo.invite.admin-picker': () => set.pickAdmin(page) } });
        expect(step1).toEqual(expect.arrayContaining(['marketo.invite.admin-picker', 'marketo.invite.send']));
        await set.closeMarketoConfirmation(page);
        const step4 = await walkStep(session, page, 'start-data-sync', walk);
        expect(step4).toEqual(expect.arrayContaining(['marketo.action-field-sync.sync', 'marketo.action-field-sync.start-sync']));
        await expect(callout(page)).toHaveCount(0);
      });

      test(`Sales Insight Actions (${lang}): steps 2, 3, 5 and 6 point at the right controls and complete from evidence`, async ({ launch }) => {
        const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
        const page = await session.context.newPage();
        await page.goto(`https://toutapp.com/next?reset=1&lang=${lang}#inbox`);
        const walk = { checkTruth: set.marksTruth };
        const step2 = await walkStep(session, page, 'connect-salesforce', walk);
        expect(step2).toEqual(expect.arrayContaining(['sia.gear', 'sia.settings', 'sia.admin.salesforce', 'sia.salesforce.connect', 'sia.salesforce.confirm-ok']));
        // "Only if it does not connect: the Set Up tab": a user who sees it after Connect waits for the connection.
        const step3 = await walkStep(session, page, 'connect-marketo', { ...walk, inputs: { 'sia.marketo.setup-tab': async () => {} } });
        expect(step3).toContain('sia.marketo.connect');
        const step5 = await walkStep(session, page, 'invite-users', { ...walk, inputs: { 'sia.users.invite-emails': () => set.fillEmails(page) } });
        expect(step5).toEqual(expect.arrayContaining(['sia.users.actions', 'sia.users.invite', 'sia.users.invite-emails', 'sia.users.invite-submit']));
        await set.closeInviteConfirmation(page);
        const step6 = await walkStep(session, page, 'invite-users-csv', {
          ...walk,
          inputs: {
            'sia.users.csv-mapping': () => callout(page).getByRole('button', { name: lang === 'de' ? 'Weiter' : 'Next' }).click(),
            'sia.users.csv-file': () => page.locator('input[type="file"]').setInputFiles({ name: 'invites.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }),
          },
        });
        expect(step6).toEqual(expect.arrayContaining(['sia.users.invite-csv', 'sia.users.csv-file', 'sia.users.csv-next', 'sia.users.csv-invite']));
      });
    }
  });
}
