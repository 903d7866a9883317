import type { Frame } from '@playwright/test';
import { test, expect } from './fixtures';
import { storedStep, walkStep } from './guide-helpers';

const SITES = ['https://ims-na1.adobelogin.com', 'https://mkto-sales-connect.adobe.io'];

for (const lang of ['en', 'de'] as const) {
  test(`guide on Salesforce (${lang}): steps 7 and 8 done from page evidence alone`, async ({ launch }) => {
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    const page = await session.context.newPage();
    await page.goto(`https://acme.lightning.force.com/lightning/setup/SetupOneHome/home?reset=1&lang=${lang}`);

    const quickFind = (term: string) => async (frame: Frame) => {
      await frame.locator('input[type="search"], input#setupSearch').first().fill(term);
      await frame.getByRole('link', { name: term === 'installed' ? (lang === 'de' ? 'Installierte Pakete' : 'Installed Packages') : lang === 'de' ? 'Remote-Site-Einstellungen' : 'Remote Site Settings' }).click();
    };
    const step7 = await walkStep(session, page, 'install-msi-package', { anyFrame: true, inputs: { 'sfdc.setup.quick-find': quickFind('installed') } });
    expect(step7[0]).toBe('sfdc.setup.quick-find');

    let site = 0;
    const typeName = async (frame: Frame) => {
      const name = frame.locator('input#SiteName');
      if (!(await name.inputValue())) await name.fill(`MarketoSalesInsight${site + 1}`);
    };
    const inputs: Record<string, (frame: Frame) => Promise<void>> = {
        'sfdc.setup.quick-find': async (frame) => {
          await page.goto(`https://acme.lightning.force.com/lightning/setup/SetupOneHome/home?lang=${lang}`);
          await quickFind('remote')(frame.page().mainFrame());
        },
        'sfdc.remote-sites.name': async (frame) => {
          await typeName(frame);
          await frame.locator('input#SiteName').press('Tab');
        },
        // The second site's instruction covers name and URL together.
        'sfdc.remote-sites.url': async (frame) => {
          await typeName(frame);
          await frame.locator('input#EndpointUrl').fill(SITES[site++]!);
          await frame.locator('input#EndpointUrl').press('Tab');
        },
        'sfdc.msi-config.enable': async (frame) => frame.getByRole('checkbox', { name: lang === 'de' ? 'MSI-Aktionen aktivieren' : 'Enable MSI Actions' }).check(),
        'sfdc.msi-config.api-secret-key': async (frame) => {
          const key = frame.locator('input[type="password"]').first();
          await key.fill('s3cr3t-Api-Key-For-Tests');
          await key.press('Tab');
        },
    };
    const bothSitesListed = async () => ((await storedStep(session, 'configure-msi-salesforce'))?.evidence.length ?? 0) >= 2;
    const sites = await walkStep(session, page, 'configure-msi-salesforce', { anyFrame: true, inputs, until: bothSitesListed, dwellMs: 600 });
    expect(sites).toEqual([
      'sfdc.setup.quick-find',
      'sfdc.remote-sites.new',
      'sfdc.remote-sites.name',
      'sfdc.remote-sites.url',
      'sfdc.remote-sites.save',
      'sfdc.remote-sites.new',
      'sfdc.remote-sites.url',
      'sfdc.remote-sites.save',
    ]);
    // The config tab lives in the Sales app, not in Setup: the user switches apps, the guide picks up.
    await page.goto(`https://acme.lightning.force.com/lightning/page/home?lang=${lang}`);
    const step8 = await walkStep(session, page, 'configure-msi-salesforce', { anyFrame: true, inputs });
    expect(step8.slice(0, 4)).toEqual(['sfdc.msi-config.tab', 'sfdc.msi-config.enable', 'sfdc.msi-config.api-secret-key', 'sfdc.msi-config.save']);

    const popup = await session.openPopup();
    for (const id of ['install-msi-package', 'configure-msi-salesforce']) {
      await expect(popup.locator(`li[data-step="${id}"]`)).toHaveAttribute('data-status', 'done');
      await expect(popup.locator(`li[data-step="${id}"] [data-via="evidence"]`)).toBeVisible();
    }
  });
}
