import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { MAX_BYTES, type CsvIssue } from '../../lib/csv';
import { test, expect, type ExtensionSession } from './fixtures';
import { CORPUS, expectedCheck } from './csv-helpers';

async function openCsvPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/csv.html`);
  await expect(page.locator('main[data-ready]')).toBeVisible();
  return page;
}

/** Keys of the JSON report, exactly as the issue fixes them (support tools read it). */
const SHAPE = {
  top: ['file', 'columns', 'rows', 'issues'],
  file: ['name', 'bytes', 'encoding', 'delimiter', 'hasHeader'],
  column: ['index', 'header', 'mapsTo'],
  rows: ['total', 'kept', 'fixed', 'removed'],
  issue: ['row', 'column', 'code', 'severity', 'message'],
};

test('the popup links to "Check a CSV"', async ({ session }) => {
  const popup = await session.openPopup();
  const [page] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('link', { name: 'Check a CSV' }).click()]);
  await expect(page).toHaveURL(`chrome-extension://${session.extensionId}/csv.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a CSV');
});

test('csv.html checks a file and downloads the cleaned CSV and the JSON report', async ({ session }) => {
  const page = await openCsvPage(session);
  const expected = expectedCheck('problems.csv');
  await page.getByLabel('CSV file').setInputFiles(join(CORPUS, 'problems.csv'));

  const report = page.locator('[data-report]');
  await expect(report.getByRole('heading', { name: 'Report for problems.csv' })).toBeVisible();
  for (const key of ['total', 'kept', 'fixed', 'removed'] as const) {
    await expect(report.locator(`[data-count="${key}"] td`)).toHaveText(String(expected.report.rows[key]));
  }
  const rows = report.locator('[data-issues] tbody tr');
  await expect(rows).toHaveCount(expected.report.issues.length);
  const first = expected.report.issues[0]!;
  await expect(rows.first().locator('td')).toHaveText([String(first.row), String(first.column ?? ''), first.severity === 'error' ? 'Error' : 'Warning', first.code, first.message]);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download cleaned CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('problems-cleaned.csv');
  expect(await readFile(await csvDownload.path(), 'utf8')).toBe(expected.cleanedCsv);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download report (JSON)' }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe('problems-report.json');
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as typeof expected.report;
  expect(Object.keys(json)).toEqual(SHAPE.top);
  expect(Object.keys(json.file)).toEqual(SHAPE.file);
  expect(Object.keys(json.rows)).toEqual(SHAPE.rows);
  for (const column of json.columns) expect(Object.keys(column)).toEqual(SHAPE.column);
  // The user's own copy may add the offending value to an issue (never the completion report): nothing else.
  for (const issue of json.issues) expect(Object.keys(issue).filter((k) => k !== 'value')).toEqual(SHAPE.issue);
  expect(json.issues.some((issue) => 'value' in issue)).toBe(true);
  expect({ ...json, issues: json.issues.map(({ value: _value, ...issue }: CsvIssue & { value?: string }) => issue) }).toEqual(expected.report);
});

test('csv.html takes a dropped file, and a file that cannot be checked gets its one message and no cleaned CSV', async ({ session }) => {
  const page = await openCsvPage(session);
  const bytes = [...(await readFile(join(CORPUS, 'workbook.xlsx')))];
  await page.locator('[data-drop]').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'workbook.xlsx'));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  const report = page.locator('[data-report]');
  await expect(report.locator('.verdict')).toHaveText('This file cannot be used as it is.');
  await expect(report.locator('[data-issues] tbody tr')).toHaveCount(1);
  await expect(report.locator('[data-issues] tbody tr td').nth(3)).toHaveText('not-csv');
  await expect(report.getByRole('button', { name: 'Download cleaned CSV' })).toHaveCount(0);
  await expect(report.getByRole('button', { name: 'Download report (JSON)' })).toBeVisible();
});

test('csv.html shows progress for a large file and can cancel the check; over 50 MB is refused unread', async ({ session }, testInfo) => {
  const page = await openCsvPage(session);
  const line = 'someone.with.a.long.address@example.com,Some,Person,Sales EMEA\r\n';
  const big = testInfo.outputPath('big.csv');
  await writeFile(big, `Email,First Name,Last Name,Team\r\n${line.repeat(Math.floor((40 * 1024 * 1024) / line.length))}`);
  await page.getByLabel('CSV file').setInputFiles(big);
  const progress = page.getByRole('progressbar', { name: 'Progress of the check' });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel check' }).click();
  await expect(page.locator('[data-status="cancelled"]')).toHaveText('The check of big.csv was cancelled.');
  await expect(progress).toHaveCount(0);

  const huge = testInfo.outputPath('huge.csv');
  await writeFile(huge, Buffer.alloc(MAX_BYTES + 1, 'a'));
  await page.getByLabel('CSV file').setInputFiles(huge);
  const report = page.locator('[data-report]');
  await expect(report.locator('[data-issues] tbody tr td').nth(3)).toHaveText('file-too-large');
  await expect(report.locator('[data-facts]')).toContainText(`${(MAX_BYTES + 1).toLocaleString('en-US')} bytes`);
});

for (const locale of ['en-US', 'de-DE']) {
  test(`csv.html has no axe-core violations with a report shown (${locale})`, async ({ launch }) => {
    const session = await launch({ locale });
    const page = await openCsvPage(session);
    const de = locale.startsWith('de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de ? 'CSV-Datei prüfen' : 'Check a CSV');
    await page.getByLabel(de ? 'CSV-Datei' : 'CSV file').setInputFiles(join(CORPUS, 'windows-1252-german-excel.csv'));
    const expected = expectedCheck('windows-1252-german-excel.csv', de ? 'de' : 'en');
    await expect(page.locator('[data-report] .verdict')).toBeVisible();
    await expect(page.locator('[data-issues] tbody tr').first().locator('td').last()).toHaveText(expected.report.issues[0]!.message);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
