import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { checkCsv } from '../../lib/csv';
import { panelVerdict } from '../../lib/csv/verdict';
import { csvText } from '../../lib/i18n/csv-text';
import type { Locale } from '../../lib/i18n/locale';
import { CSV_UPLOAD_TEXT } from '../../components/content/assists/csv-upload-text';
import { LIST } from '../fixtures/team-list';
import { test, expect } from './fixtures';
import { chosenName, cleanedEmails, csvPanel, openCsvDialog } from './csv-helpers';

const UMLAUT = 'invalid-email:non-ascii-local';
const bytes = Buffer.from(LIST, 'utf8');
/** What the background makes of the list (lib/csv/verdict.ts), nothing or the umlauts accepted. */
const expectedVerdict = (locale: Locale, accept: string[] = [], text = LIST) =>
  panelVerdict(checkCsv(new TextEncoder().encode(text), { name: 'team-list.csv', locale }), accept, locale);

/** The element that has the focus, inside our overlay's (open, in this build) shadow root or in the page. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('msi-guide-overlay')?.shadowRoot?.activeElement ?? document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

/** Tabs from the file input until `target` (a control of the panel) has the focus. */
async function tabTo(page: Page, input: Locator, target: Locator): Promise<void> {
  const name = (await target.textContent())!.trim();
  await input.focus();
  for (let i = 0; i < 30 && (await focusedText(page)) !== name; i++) await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe(name);
}

for (const [browserLocale, locale] of [
  ['en-US', 'en'],
  ['de-DE', 'de'],
] as [string, Locale][]) {
  test(`the list with 21 kinds of problems on the Invite Users via CSV dialog: verdict by kind, a suggestion applied, the repaired file swapped in (${locale})`, async ({ launch }) => {
    const ui = CSV_UPLOAD_TEXT[locale].ui;
    const session = await launch({ locale: browserLocale });
    const page = await session.context.newPage();
    const input = await openCsvDialog(page, locale);
    await input.setInputFiles({ name: 'team-list.csv', mimeType: 'text/csv', buffer: bytes });

    const panel = csvPanel(page);
    const before = expectedVerdict(locale).verdict;
    await expect(panel.locator('[data-csv-verdict]')).toHaveText(before.summary);
    // What the check repaired on its own, by kind and counted: mailto:, Name <address>, invisible characters…
    await expect(panel.locator('[data-csv-repaired] li')).toHaveText(before.groups.filter((g) => g.safe).map((g) => g.title));
    expect(before.groups.find((g) => g.group === 'email-repaired/mailto')?.safe).toBe(true);
    const umlaut = panel.locator(`[data-csv-group="${UMLAUT}"]`);
    await expect(umlaut).toContainText(before.groups.find((g) => g.group === UMLAUT)!.title);
    await expect(umlaut).toContainText('jürgen@example.de → juergen@example.de');
    // The panel appeared without taking the focus.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('MSI-GUIDE-OVERLAY');

    const axe = await new AxeBuilder({ page }).include('msi-guide-overlay').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Accepted by keyboard: the file is checked again with it, the verdict and the counts follow.
    const apply = umlaut.locator('[data-csv-apply]');
    await expect(apply).toHaveText(ui.apply.replace('{change}', 'ü → ue, é → e').replace('{n}', '2'));
    await tabTo(page, input, apply);
    await page.keyboard.press('Enter');
    const after = expectedVerdict(locale, [UMLAUT]);
    await expect(panel.locator('[data-csv-verdict]')).toHaveText(after.verdict.summary);
    expect(after.verdict.summary).not.toBe(before.summary);
    await expect(panel.locator('[data-csv-note]')).toHaveText(ui.applied.replace('{n}', '2'));
    await expect(umlaut.locator('[data-csv-apply]')).toHaveCount(0);
    await expect(umlaut).toHaveAttribute('data-settled', 'true');
    // Its button went away: the focus moved on to the next thing to do, not to the page.
    expect(await focusedText(page)).toBe(ui.use);
    // Nothing else was changed without being asked.
    await expect(panel.locator('[data-csv-group="invalid-email:double-dot"] [data-csv-apply]')).toHaveCount(1);

    // What the panel cannot do (editing single rows) is on the CSV page: it opens with this file, the suggestion taken.
    const [csvPage] = await Promise.all([session.context.waitForEvent('page'), panel.locator('[data-csv-fix-rest]').click()]);
    await expect(csvPage).toHaveURL(`chrome-extension://${session.extensionId}/csv.html`);
    await expect(csvPage.locator('[data-report] h2')).toHaveText(csvText(locale, 'reportTitle', { name: 'team-list.csv' }));
    await expect(csvPage.locator(`[data-group="${UMLAUT}"]`)).toHaveAttribute('data-left', '0');
    await expect(csvPage.locator('[data-summary-count="errors"] .summary-n')).toHaveText(String(after.verdict.counts.errors));
    await page.bringToFront();

    expect(await chosenName(input)).toBe('team-list.csv');
    await tabTo(page, input, panel.locator('[data-csv-use]'));
    await page.keyboard.press('Enter');
    await expect.poll(() => chosenName(input)).toBe('team-list-cleaned.csv');
    await expect(input).toBeFocused();
    const swapped = await input.evaluate((el: HTMLInputElement) => el.files![0]!.text());
    expect(swapped).toBe(after.cleanedCsv);
    expect(cleanedEmails(swapped)).toEqual(expect.arrayContaining(['juergen@example.de', 'bjoern@example.de', 'ben@example.com', 'carla@example.com']));
    await expect(panel.locator('[data-csv-placed]')).toHaveText(ui.placed.replace('{name}', 'team-list-cleaned.csv'));
    await expect(panel.locator('[data-csv-verdict]')).toHaveText(expectedVerdict(locale, [], swapped).verdict.summary);
    await expect(panel.locator('[data-csv-use]')).toHaveCount(0);


    // The host itself uploads the repaired file on Next.
    await page.locator('.dialog').getByRole('button', { name: locale === 'de' ? 'Weiter' : 'Next' }).click();
    await expect.poll(() => page.evaluate(() => document.body.dataset.replicaLastUpload)).toContain('"team-list-cleaned.csv"');
    const upload = JSON.parse((await page.evaluate(() => document.body.dataset.replicaLastUpload))!) as { emails: string[] };
    expect(upload.emails).toEqual(cleanedEmails(after.cleanedCsv!));
  });
}
