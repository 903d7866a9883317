import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { goByKeyboard, openPractice, storedSteps, walkByKeyboard, type KeyboardInput } from './practice-helpers';

const CSV = 'Email,First Name,Last Name\nlena.koch@example.com,Lena,Koch\nomar.haddad@example.com,Omar,Haddad\n';

const SITES = ['https://ims-na1.adobelogin.com', 'https://mkto-sales-connect.adobe.io'];

const typeAndLeave = (text: string): KeyboardInput => async (page) => {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
};

for (const lang of ['en', 'de'] as const) {
  test(`practice sandbox (${lang}): the whole guide done with the keyboard only, real progress untouched`, async ({ launch }) => {
    test.setTimeout(240_000);
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    const page = await openPractice(session);
    const walk = (stepId: string, inputs?: Record<string, KeyboardInput>) => walkByKeyboard(session, page, stepId, inputs);

    await walk('prereq-msi-enabled');
    await walk('prereq-salesforce-sync');
    await walk('setup-sales-account', { 'marketo.invite.admin-picker': async (p) => p.keyboard.press('Space') });
    await walk('start-data-sync');
    await goByKeyboard(page, `https://toutapp.com/next?lang=${lang}#inbox`);
    await walk('connect-salesforce');
    await walk('connect-marketo');
    await walk('invite-users', { 'sia.users.invite-emails': typeAndLeave('mia.schulz@example.com, ben.wolf@example.com') });
    // Step 6: the file input opens the file chooser (Space), which the test answers; the mapping is read, then Next.
    // The user closes step 5's confirmation, as its last instruction says (Escape, as in any dialog).
    await page.keyboard.press('Escape');
    await walk('invite-users-csv', {
      'sia.users.csv-mapping': async (p) => p.keyboard.press('Alt+Shift+ArrowRight'),
      'sia.users.csv-file': async (p) => {
        const chooser = p.waitForEvent('filechooser');
        await p.keyboard.press('Space');
        await (await chooser).setFiles({ name: 'invites.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      },
    });

    // Salesforce: Setup's Quick Find (type, then Tab to the first match and Enter), then the two remote sites.
    await goByKeyboard(page, `https://acme.lightning.force.com/lightning/setup/SetupOneHome/home?lang=${lang}`);
    const quickFind = (term: string): KeyboardInput => async (p, frame) => {
      await p.keyboard.press('Control+KeyA'); // replaces what an earlier search left there
      await p.keyboard.type(term);
      // Tab through the filtered tree (its group toggles first) to the page's link, then open it.
      const focused = () => frame.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      for (let i = 0; i < 8 && (await focused()) !== term; i++) await p.keyboard.press('Tab');
      expect(await focused()).toBe(term);
      await p.keyboard.press('Enter');
    };
    await walk('install-msi-package', { 'sfdc.setup.quick-find': quickFind(lang === 'de' ? 'Installierte Pakete' : 'Installed Packages') });
    let site = 0;
    const sites = {
      'sfdc.setup.quick-find': quickFind(lang === 'de' ? 'Remote-Site-Einstellungen' : 'Remote Site Settings'),
      'sfdc.remote-sites.name': typeAndLeave('MarketoSalesInsight1'),
      'sfdc.remote-sites.url': async (p: Page, frame: Frame) => {
        // The second site's instruction covers name and URL together: Shift+Tab back to the name first.
        if (!(await frame.locator('input#SiteName').inputValue())) {
          await p.keyboard.press('Shift+Tab');
          await p.keyboard.type(`MarketoSalesInsight${site + 1}`);
          await p.keyboard.press('Tab');
        }
        await typeAndLeave(SITES[site++]!)(p, frame);
      },
    };
    const bothSitesListed = async () => ((await storedSteps(session, 'practiceProgress'))?.['configure-msi-salesforce']?.evidence.length ?? 0) >= 2;
    await walkByKeyboard(session, page, 'configure-msi-salesforce', sites, bothSitesListed);
    // The config tab lives in the Sales app: the user goes there by address, the guide picks up.
    await goByKeyboard(page, `https://acme.lightning.force.com/lightning/page/home?lang=${lang}`);
    await walk('configure-msi-salesforce', { 'sfdc.msi-config.api-secret-key': typeAndLeave('s3cr3t-Api-Key-For-Tests') });

    const practice = await storedSteps(session, 'practiceProgress');
    expect(Object.values(practice ?? {}).map((s) => s.status)).toEqual(Array(10).fill('done'));
    expect(await storedSteps(session, 'progress')).toBeUndefined();
  });
}
