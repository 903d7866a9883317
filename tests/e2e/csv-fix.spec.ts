import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { csvText, type CsvTextKey } from '../../lib/i18n/csv-text';
import type { Locale } from '../../lib/i18n/locale';
import { test, expect } from './fixtures';
import { FIRST_FIELD } from '../../components/csv/grid-keys';
import { cleanedEmails } from './csv-helpers';
import { INVITEES, LIST } from '../fixtures/team-list';

/** Moves the focus with Tab (or Shift+Tab, whichever way the target lies) until `target` has it. */
async function focusOn(page: Page, target: Locator): Promise<void> {
  await expect(target).toHaveCount(1);
  const handle = await target.elementHandle();
  for (let i = 0; i < 120; i++) {
    const where = await page.evaluate((el) => {
      const active = document.activeElement;
      if (active === el) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(el!) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    }, handle);
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  await expect(target).toBeFocused();
}

/** Opens a group with the keyboard (its heading, then Enter) and returns it. */
async function openGroup(page: Page, group: string): Promise<Locator> {
  const details = page.locator(`[data-group="${group}"]`);
  await focusOn(page, details.locator('summary'));
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  return details;
}

/** Into the group's grid (its first value's cell, the grid's starting point), `moves` on (arrow keys), and edits that cell. */
async function editCell(page: Page, details: Locator, moves: string[], value: string): Promise<void> {
  await focusOn(page, details.locator('[data-grid] [tabindex="0"]'));
  for (const key of moves) await page.keyboard.press(key);
  await expect(details.locator(`[data-grid] [data-pos="0:${FIRST_FIELD + moves.length}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = details.locator('[data-editor]');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
}

const summaryCount = (page: Page, id: string) => page.locator(`[data-summary-count="${id}"] .summary-n`);

for (const [browserLocale, locale] of [
  ['en-US', 'en'],
  ['de-DE', 'de'],
] as [string, Locale][]) {
  test(`csv.html: a list with 21 kinds of problems fixed to zero errors by keyboard alone, every invitee in the cleaned file (${locale})`, async ({ launch }, testInfo) => {
    const t = (key: CsvTextKey, params?: Record<string, string | number>) => csvText(locale, key, params);
    const session = await launch({ locale: browserLocale });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/csv.html`);
    await expect(page.locator('main[data-ready]')).toBeVisible();
    const file = testInfo.outputPath('team-list.csv');
    await writeFile(file, LIST);
    await page.getByLabel(t('fileLabel')).setInputFiles(file);
    await expect(page.locator('[data-groups]')).toBeVisible();
    await expect(summaryCount(page, 'errors')).toHaveText('13');
    await expect(summaryCount(page, 'ready')).toHaveText('10');

    // Suggestions that change an address, accepted per group: ü → ue, two dots, a leading = or dot, a space.
    for (const group of ['invalid-email:non-ascii-local', 'invalid-email:double-dot', 'invalid-email:formula-start', 'invalid-email:dot-position', 'invalid-email:space']) {
      const details = await openGroup(page, group);
      await focusOn(page, details.locator('[data-bulk="suggest"]'));
      await page.keyboard.press('Enter');
      await expect(details).toHaveAttribute('data-left', '0');
    }
    await expect(summaryCount(page, 'errors')).toHaveText('7');

    // One suggestion taken in its row: the dash (third cell from the row's end).
    const dash = await openGroup(page, 'invalid-email:special-character');
    await expect(dash.locator('[data-suggestion]')).toHaveText(t('useSuggestion', { value: 'karl-heinz@example.com' }));
    await focusOn(page, dash.locator('[data-grid] [tabindex="0"]'));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(dash.locator('[data-suggestion]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dash.locator('[data-problem]')).toHaveText(t('rowOk'));
    await expect(dash.locator('[data-grid] [tabindex="0"]')).toBeFocused();

    // Typed fixes, re-judged as typed; one edit undone with Ctrl+Z first.
    const nina = await openGroup(page, 'invalid-email:several-at');
    await editCell(page, nina, [], 'nina@example');
    await expect(nina.locator('[data-problem]')).toContainText(locale === 'de' ? 'Top-Level-Domain' : 'top-level domain');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(nina.locator('[data-col="0"]')).toHaveText('nina@@example.com');
    await expect(nina.locator('[data-col="0"] mark')).toHaveText('@');
    await editCell(page, nina, [], 'nina@example.com');
    await expect(nina.locator('[data-row]')).toHaveClass(/grid-row--ok/);
    await expect(nina.locator('[data-grid-status]')).toHaveText(t('rowFixed', { row: 16 }));
    for (const [group, value] of [
      ['invalid-email:separator', 'olaf@example.com'],
      ['missing-email', 'quinn@example.com'],
      ['invalid-email:no-at', 'rita@example.com'],
      ['invalid-email:missing-tld', 'tom@example.com'],
    ]) {
      await editCell(page, await openGroup(page, group!), [], value!);
    }
    // The ragged row: its fifth value cleared, four cells to the right of the address.
    const ragged = await openGroup(page, 'ragged-row/too-many');
    await editCell(page, ragged, ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'], '');
    await expect(ragged.locator('[data-row]')).toHaveClass(/grid-row--ok/);

    // Safe repairs, already in the file, written into their rows on request.
    const repairs = await openGroup(page, 'invisible-removed');
    await focusOn(page, repairs.locator('[data-bulk="repair"]'));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-bulk-status]')).toHaveText(t('bulkApplied_other', { n: 3 }));

    await expect(summaryCount(page, 'errors')).toHaveText('0');
    await expect(summaryCount(page, 'ready')).toHaveText(String(INVITEES.length));
    await expect(summaryCount(page, 'removed')).toHaveText('1');

    const axe = await new AxeBuilder({ page }).include('[data-groups]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await focusOn(page, page.getByRole('button', { name: t('downloadCsv') }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const cleaned = await readFile(await download.path(), 'utf8');
    expect(cleanedEmails(cleaned).sort()).toEqual([...INVITEES].sort());
    expect(cleaned).not.toContain('Berlin');
  });
}

test('csv.html renders only the rows on screen of a large group, and the keyboard reaches its last row', async ({ session }, testInfo) => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/csv.html`);
  await expect(page.locator('main[data-ready]')).toBeVisible();
  const file = testInfo.outputPath('many.csv');
  await writeFile(file, ['Email,First Name', ...Array.from({ length: 5000 }, (_, i) => `person.${i}@@example.com,P${i}`)].join('\n'));
  await page.getByLabel('CSV file').setInputFiles(file);
  const group = await openGroup(page, 'invalid-email:several-at');
  const grid = group.locator('[data-grid]');
  await expect(grid).toHaveAttribute('aria-rowcount', '5001');
  const rendered = grid.locator('[role="rowgroup"].grid-body [data-row]');
  await expect(rendered.first()).toBeVisible();
  expect(await rendered.count()).toBeLessThan(40);
  await focusOn(page, grid.locator('[tabindex="0"]'));
  await page.keyboard.press('ControlOrMeta+End');
  await expect(grid.locator('[data-row="5001"] [tabindex="0"]')).toBeFocused();
  await expect(grid.locator('[data-row="2"]')).toHaveCount(0);
  expect(await rendered.count()).toBeLessThan(40);
  // Back to the first cell, and a fix far down the list still counts.
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(grid.locator('[data-row="2"] [role="rowheader"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(summaryCount(page, 'errors')).toHaveText('5,000');
  await editCell(page, group, [], 'person.0@example.com');
  await expect(summaryCount(page, 'errors')).toHaveText('4,999');
});
