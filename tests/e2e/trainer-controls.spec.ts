import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

for (const lang of ['en', 'de'] as const) {
  test(`printable checklist (${lang}): every step from the sandbox's link, one A4 page, axe clean`, async ({ launch }) => {
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/practice.html`);
    const opening = session.context.waitForEvent('page');
    await page.getByRole('link', { name: lang === 'de' ? 'Checkliste zum Ausdrucken' : 'Printable checklist' }).click();
    const checklist = await opening;
    await checklist.waitForLoadState();
    await expect(checklist.locator('html')).toHaveAttribute('lang', lang);
    await expect(checklist.locator('.checklist__steps > li')).toHaveCount(10);
    await expect(checklist.locator('li[data-step="start-data-sync"] h2')).toContainText(lang === 'de' ? 'Schritt 4' : 'Step 4');
    // Step 4's caution (never remove the original user) is on the sheet too.
    await expect(checklist.locator('li[data-step="start-data-sync"] .notice--caution')).toHaveCount(1);
    const found = await new AxeBuilder({ page: checklist }).analyze();
    expect(found.violations.map((v) => v.id)).toEqual([]);
    const pdf = (await checklist.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, 'pages when printed').toBe(1);
  });
}
