import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { goByKeyboard, storedSteps } from './practice-helpers';
import { tabTo } from './assessment-helpers';
import type { ExtensionSession } from './fixtures';

const screen = '#practice-screen';
const SCOPE = ['setup-sales-account', 'connect-salesforce', 'connect-marketo', 'start-data-sync'];

/** Waits until practice progress says `stepId` is done. */
async function stepDone(session: ExtensionSession, stepId: string) {
  await expect.poll(async () => (await storedSteps(session, 'practiceProgress'))?.[stepId]?.status, { timeout: 15_000, message: `${stepId} done` }).toBe('done');
}

/** Tabs to the control named `name` and presses `key` on it. */
async function use(page: Page, name: RegExp, key = 'Enter') {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

/** Opens the sandbox and its assessment form with the keyboard: Tab to "Start an assessment", Enter. */
async function openAssessment(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await expect(page.locator(screen)).toBeVisible();
  await tabTo(page, /^(Start an assessment|Prüfung beginnen)$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#assess-name')).toBeFocused();
}

/** The number of callouts any screen frame shows now. */
async function calloutsShown(page: Page): Promise<number> {
  let n = 0;
  for (const frame of page.frames()) n += await frame.locator('msi-guide-overlay [role="dialog"]').count().catch(() => 0);
  return n;
}

test('assessment of steps 1–4 with two hints, keyboard only; the class overview reads it with two other files', async ({ launch }) => {
  test.setTimeout(180_000);
  const session = await launch({ locale: 'en-US' });
  const page = await session.context.newPage();
  await openAssessment(page, session.extensionId);

  // The trainer's choice: steps 1–4 (All off, then the four), the attendee's name; Start.
  await page.keyboard.type('Anna Kowalski');
  await use(page, /^All steps$/, 'Space');
  for (const n of [1, 2, 3, 4]) await use(page, new RegExp(`^Step ${n} ·`), 'Space');
  await use(page, /^Start$/);
  await expect(page.getByTestId('assess-now')).toContainText('1 of 4');
  // Step 1 on Marketo: Admin, Sales Insight. Hint 1: Alt+Shift+J (the tab bar's other tabs are not Tab stops).
  await use(page, /^Admin$/);
  await use(page, /^Sales Insight$/);
  await page.waitForTimeout(1000);
  expect(await calloutsShown(page), 'callouts are off').toBe(0);
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect.poll(() => calloutsShown(page), { message: 'the hint shows the callout' }).toBe(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => calloutsShown(page), { message: 'hidden again at the next sub-step' }).toBe(0);
  await use(page, /^Anna Becker/, 'Space');
  await use(page, /^Send Invite$/);
  await stepDone(session, 'setup-sales-account');
  await expect(page.getByTestId('assess-now')).toContainText('2 of 4');

  // Steps 2 and 3 in Sales Insight Actions, its settings opened by address (Ctrl+L, as in a browser).
  await goByKeyboard(page, 'https://toutapp.com/next?lang=en#settings');
  // A wrong turn first: Teams is not on step 2's path (counted, not listed).
  await use(page, /^Teams$/);
  await use(page, /^Salesforce$/);
  await use(page, /^Connect$/);
  await use(page, /^OK$/);
  await stepDone(session, 'connect-salesforce');
  await use(page, /^Marketo$/);
  await use(page, /^Connect$/);
  await stepDone(session, 'connect-marketo');
  await expect(page.getByTestId('assess-now')).toContainText('4 of 4');

  // Step 4 back in Marketo. Hint 2: the sandbox's Hint button (Shift+Tab out of the screen to it).
  await goByKeyboard(page, 'https://app-ab12.marketo.com/?lang=en#ML0A1');
  await use(page, /^Admin$/);
  await use(page, /^Sales Insight$/);
  await tabTo(page, /^Hint$/, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Hint 2 shown for Step 4.' })).toBeVisible();
  await expect.poll(() => calloutsShown(page)).toBe(1);
  // Back into the screen; the hint's callout is shown, so Alt+Shift+J goes to its control without another hint.
  await tabTo(page, /^Sales Insight$/);
  await page.keyboard.press('Alt+Shift+KeyJ');
  await page.keyboard.press('Enter');
  await use(page, /^Sync$/);
  await use(page, /^Start Sync$/);
  await stepDone(session, 'start-data-sync');

  // The result: all four done from the page's evidence, two hints; the file says so.
  await expect(page.getByRole('heading', { name: 'Result of Anna Kowalski' })).toBeFocused();
  await expect(page.getByTestId('assess-summary')).toContainText('4 of 4 steps done, 2 hints');
  const downloading = page.waitForEvent('download');
  await use(page, /^Download result file$/);
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^msi-assessment-Anna-Kowalski-\d{4}-\d{2}-\d{2}\.json$/);
  const result = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    attendee: string;
    steps: Array<{ id: string; done: boolean; via: string; hints: number; seconds: number; offPath: number }>;
  };
  expect(result.attendee).toBe('Anna Kowalski');
  expect(result.steps.map((s) => [s.id, s.done, s.via])).toEqual(SCOPE.map((id) => [id, true, 'evidence']));
  expect(result.steps.map((s) => s.hints)).toEqual([1, 0, 0, 1]);
  expect(result.steps.map((s) => s.offPath), 'one control off the path, in step 2').toEqual([0, 1, 0, 0]);

  // The class overview, from the popup's link: Anna's file, Ben's (stalled at step 2) and a damaged one.
  const popup = await session.openPopup();
  await expect(popup.locator('a[href="/class.html"]')).toHaveText('Class overview');
  const overview = await session.context.newPage();
  await overview.goto(`chrome-extension://${session.extensionId}/class.html`);
  const ben = {
    ...result,
    attendee: 'Ben Wolf',
    steps: result.steps.map((s, i) => (i === 0 ? { ...s, seconds: 300, hints: 3, offPath: 0 } : { ...s, done: false, via: null, hints: i === 1 ? 2 : 0 })),
  };
  const broken = { ...result, attendee: 'Cleo', steps: result.steps.map((s) => ({ ...s, hints: -1 })) };
  const json = (data: unknown) => Buffer.from(JSON.stringify(data, null, 2));
  await overview.locator('#class-files').setInputFiles([
    { name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile((await download.path())!) },
    { name: 'ben.json', mimeType: 'application/json', buffer: json(ben) },
    { name: 'cleo.json', mimeType: 'application/json', buffer: json(broken) },
  ]);
  await expect(overview.getByTestId('class-status')).toHaveText('2 files shown, 1 left out.');
  const matrix = overview.getByTestId('matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(2);
  const anna = matrix.locator('tr[data-attendee="Anna Kowalski"]');
  await expect(anna.locator('td[data-status="done-evidence"]')).toHaveCount(4);
  await expect(anna.locator('td[data-step="setup-sales-account"]')).toContainText('1 hint');
  await expect(matrix.locator('tr[data-attendee="Ben Wolf"] td[data-step="connect-salesforce"]')).toHaveText(/^not done, \d+ (sec|min|hr)[^,]*, 2 hints$/);
  await expect(overview.getByTestId('stall-step')).toHaveText('Most attendees stalled at Step 2 (Connect the Marketo Sales account to Salesforce) (1 of 2).');
  await expect(overview.locator('.chart__row--stall')).toHaveAttribute('data-step', 'connect-salesforce');
  await expect(overview.getByTestId('rejected').locator('tr[data-reason="invalid"]')).toHaveText('cleo.jsondamaged or changed after it was exported (field steps.0.hints)');

  // Dropping Anna's file again (as from a folder): left out as the same attempt.
  await overview.evaluate(async (text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'anna-again.json', { type: 'application/json' }));
    document.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(result));
  await expect(overview.getByTestId('rejected').locator('tr[data-reason="duplicate"]')).toContainText('anna-again.json');
  await expect(matrix.locator('tbody tr')).toHaveCount(2);

  // CSV export: a table with the same numbers as the result files.
  const csvDownload = overview.waitForEvent('download');
  await overview.getByRole('button', { name: 'Download CSV' }).click();
  const csv = Papa.parse<string[]>((await readFile((await (await csvDownload).path())!, 'utf8')).trim()).data;
  expect(csv[0]!.slice(0, 6)).toEqual(['Attendee', 'File', 'Step 1 status', 'Step 1 seconds', 'Step 1 hints', 'Step 1 off-path clicks']);
  const annaRow = csv.find((row) => row[0] === 'Anna Kowalski')!;
  result.steps.forEach((step, i) => {
    expect(annaRow.slice(2 + i * 4, 6 + i * 4)).toEqual(['done', String(step.seconds), String(step.hints), String(step.offPath)]);
  });
  const benRow = csv.find((row) => row[0] === 'Ben Wolf')!;
  expect(benRow.slice(2, 9)).toEqual(['done', '300', '3', '0', 'not done', String(ben.steps[1]!.seconds), '2']);
  const medians = csv.at(-1)!;
  expect(medians.slice(0, 5)).toEqual(['Median', '', '2/2', String((result.steps[0]!.seconds + 300) / 2), '2']);
});

for (const lang of ['en', 'de'] as const) {
  test(`assessment views and the class overview (${lang}): no axe violations`, async ({ launch }) => {
    test.setTimeout(90_000);
    const session = await launch({ locale: lang === 'de' ? 'de-DE' : 'en-US' });
    const page = await session.context.newPage();
    const axe = async (label: string) => {
      // The replica screen stands for a third-party app: only the sandbox page itself counts here.
      const found = await new AxeBuilder({ page }).exclude(screen).analyze();
      expect(found.violations.map((v) => v.id), label).toEqual([]);
    };
    await openAssessment(page, session.extensionId);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.locator('#assess-name').fill('Jürgen Groß');
    await page.getByRole('button', { name: lang === 'de' ? 'Beginnen' : 'Start' }).click();
    await expect(page.locator('[data-assessment="running"]')).toBeVisible();
    await axe('running');
    await page.getByRole('button', { name: lang === 'de' ? 'Hinweis' : 'Hint' }).click();
    await page.getByRole('button', { name: lang === 'de' ? 'Beenden' : 'Finish' }).click();
    await expect(page.locator('[data-assessment="result"]')).toBeVisible();
    await axe('result');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: lang === 'de' ? 'Ergebnisdatei herunterladen' : 'Download result file' }).click();
    const file = (await (await downloading).path())!;
    // Next attendee: the form again, screens and practice progress reset.
    await page.getByRole('button', { name: lang === 'de' ? 'Nächste Person' : 'Next attendee' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: lang === 'de' ? 'Nächste Person' : 'Next attendee' }).click();
    await expect(page.locator('#assess-name')).toHaveValue('');
    await expect.poll(async () => Object.values((await storedSteps(session, 'practiceProgress')) ?? {}).map((s) => s.status).join()).toBe(Array(10).fill('todo').join());
    await axe('setup');
    // A name that is an e-mail address is refused, saying why.
    await page.locator('#assess-name').fill('anna@example.com');
    await page.getByRole('button', { name: lang === 'de' ? 'Beginnen' : 'Start' }).click();
    await expect(page.locator('#assess-name')).toHaveAttribute('aria-invalid', 'true');
    await axe('setup with an error');

    const overview = await session.context.newPage();
    await overview.goto(`chrome-extension://${session.extensionId}/class.html`);
    await expect(overview.locator('html')).toHaveAttribute('lang', lang);
    await overview.locator('#class-files').setInputFiles([
      { name: 'result.json', mimeType: 'application/json', buffer: await readFile(file) },
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') },
    ]);
    await expect(overview.getByTestId('matrix').locator('tbody tr')).toHaveCount(1);
    await expect(overview.getByTestId('rejected')).toBeVisible();
    const found = await new AxeBuilder({ page: overview }).analyze();
    expect(found.violations.map((v) => v.id), 'class overview').toEqual([]);
  });
}
