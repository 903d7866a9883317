import { join } from 'node:path';
import { test, expect } from './fixtures';
import { summarizeResult } from '../../lib/csv/summary';
import { panelVerdict } from '../../lib/csv/verdict';
import { chosenName, cleanedEmails, CORPUS, csvPanel, expectedCheck, openCsvDialog } from './csv-helpers';

/** What the replica's own upload received (it records this when it reads the file, on Next). */
async function lastUpload(page: import('@playwright/test').Page): Promise<{ name: string; bytes: number; emails: string[] }> {
  let raw: string | undefined;
  await expect.poll(async () => (raw = await page.evaluate(() => document.body.dataset.replicaLastUpload))).toBeTruthy();
  return JSON.parse(raw!) as { name: string; bytes: number; emails: string[] };
}

test('a bad file gets its verdict before Next; "Use cleaned file" swaps the file and the host uploads the cleaned one', async ({ session }) => {
  const page = await session.context.newPage();
  const input = await openCsvDialog(page);
  const expected = expectedCheck('problems.csv');
  const { kept, fixed, removed } = expected.report.rows;
  await input.setInputFiles(join(CORPUS, 'problems.csv'));

  const panel = csvPanel(page);
  expect(summarizeResult(expected, 'en')).toBe(`${kept + fixed} users ready to invite; ${fixed} rows fixed, ${removed} rows removed.`);
  await expect(panel.locator('[data-csv-verdict]')).toHaveText(summarizeResult(expected, 'en'));
  // The problems by kind, as csv.html groups them: the check's own repairs apart from what is left to fix.
  const { verdict } = panelVerdict(expected, [], 'en');
  await expect(panel.locator('[data-csv-repaired] li')).toHaveText(verdict.groups.filter((g) => g.safe).map((g) => g.title));
  await expect(panel.locator('[data-csv-to-fix] > li')).toHaveCount(verdict.groups.filter((g) => !g.safe).length);
  for (const g of verdict.groups.filter((x) => !x.safe)) await expect(panel.locator(`[data-csv-group="${g.group}"]`)).toContainText(`${g.title} (${g.status})`);

  // Nothing touches the host's input until the admin agrees.
  expect(await chosenName(input)).toBe('problems.csv');
  await panel.getByRole('button', { name: 'Use cleaned file' }).click();
  await expect.poll(() => chosenName(input)).toBe('problems-cleaned.csv');
  // The swapped file is checked like any chosen file: the cleaned one passes quietly, and the panel says it placed it.
  await expect(panel.locator('[data-csv-verdict]')).toHaveText(`Checked: ${kept + fixed} users, no problems.`);
  await expect(panel.locator('[data-csv-placed]')).toHaveText('The cleaned file problems-cleaned.csv is now in the dialog. It was checked again:');
  await expect(panel.getByRole('button', { name: 'Use cleaned file' })).toHaveCount(0);

  await page.locator('.dialog').getByRole('button', { name: 'Next' }).click();
  const upload = await lastUpload(page);
  expect(upload.name).toBe('problems-cleaned.csv');
  expect(upload.bytes).toBe(new TextEncoder().encode(expected.cleanedCsv!).length);
  expect(upload.emails).toEqual(cleanedEmails(expected.cleanedCsv!));
  // The mapping step replaced the file input: the verdict about it is gone.
  await expect(panel).toHaveCount(0);
});

test('without "Use cleaned file" the host uploads the original file', async ({ session }) => {
  const page = await session.context.newPage();
  const input = await openCsvDialog(page);
  await input.setInputFiles(join(CORPUS, 'problems.csv'));
  await expect(csvPanel(page).getByRole('button', { name: 'Use cleaned file' })).toBeVisible();
  await page.locator('.dialog').getByRole('button', { name: 'Next' }).click();
  expect((await lastUpload(page)).name).toBe('problems.csv');
});

test('a clean file passes with a quiet message, in the guide language (German)', async ({ launch }) => {
  const session = await launch({ locale: 'de-DE' });
  const page = await session.context.newPage();
  const input = await openCsvDialog(page, 'de');
  await input.setInputFiles(join(CORPUS, 'utf8-comma.csv'));
  const { kept } = expectedCheck('utf8-comma.csv').report.rows;
  const panel = csvPanel(page);
  await expect(panel.locator('[data-csv-verdict]')).toHaveText(`Geprüft: ${kept} Benutzer, keine Probleme.`);
  await expect(panel.locator('[data-csv-issues]')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Bereinigte Datei verwenden' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await expect(panel).toHaveCount(0);
});

test('a workbook is explained and offers no cleaned file', async ({ session }) => {
  const page = await session.context.newPage();
  const input = await openCsvDialog(page);
  await input.setInputFiles(join(CORPUS, 'workbook.xlsx'));
  const panel = csvPanel(page);
  await expect(panel.locator('[data-csv-verdict]')).toHaveText('This file cannot be used as it is.');
  await expect(panel.locator('[data-csv-issues] li')).toHaveText([expectedCheck('workbook.xlsx').report.issues[0]!.message]);
  await expect(panel.getByRole('button', { name: 'Use cleaned file' })).toHaveCount(0);
});

test('the verdict joins the dialog’s tab order right after the file input', async ({ session }) => {
  const page = await session.context.newPage();
  const input = await openCsvDialog(page);
  await input.setInputFiles(join(CORPUS, 'problems.csv'));
  const panel = csvPanel(page);
  await expect(panel.getByRole('button', { name: 'Use cleaned file' })).toBeVisible();
  const focused = () => page.evaluate(() => {
    const inner = document.querySelector('msi-guide-overlay')?.shadowRoot?.activeElement;
    const el = inner ?? document.activeElement;
    return el instanceof HTMLInputElement ? `input:${el.type}` : (el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '');
  });

  // Every control of the panel, in its order: the actions, each group's suggestion, Close last.
  const own = await panel.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim()));
  expect(own.slice(0, 2)).toEqual(['Use cleaned file', 'Fix the rest on the CSV page']);
  expect(own.at(-1)).toBe('Close');
  await input.focus();
  for (const name of own) {
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(name);
  }
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Cancel');
  await input.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('input:file');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => chosenName(input)).toBe('problems-cleaned.csv');
});
