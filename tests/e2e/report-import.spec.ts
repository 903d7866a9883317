import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, type ExtensionSession } from './fixtures';
import type { ChromeGlobal } from '../harness/chrome-api';

async function storedProgress(session: ExtensionSession): Promise<unknown> {
  const items = await session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('progress'));
  return items.progress;
}

async function openReport(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/report.html`);
  await expect(page.locator('main[data-ready]')).toBeVisible();
  return page;
}

/** The page's own report as exported JSON (Download JSON), parsed. */
async function exportJson(page: Page, button: string): Promise<Record<string, unknown>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return JSON.parse(await readFile((await download.path())!, 'utf8')) as Record<string, unknown>;
}

const choose = (page: Page, label: string, name: string, content: string | Buffer) =>
  page.getByLabel(label).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('opening a report', () => {
  test('malformed, foreign, wrong-version, tampered and oversize files are refused with a message and change nothing', async ({ session }) => {
    const popup = await session.openPopup();
    await popup.locator('li[data-step="connect-salesforce"] button.mark-done').click();
    await expect(popup.locator('li[data-step="connect-salesforce"]')).toHaveAttribute('data-status', 'done');
    const page = await openReport(session);
    const valid = await exportJson(page, 'Download JSON');
    const before = await storedProgress(session);
    const alert = page.getByRole('alert');
    const label = 'Report file (JSON)';

    const refusals: Array<[string, string | Buffer, RegExp]> = [
      ['broken.json', '{"format": "msi-setup-report", "version": 1,', /broken\.json” was not opened: it is not valid JSON/],
      ['package.json', '{"name": "something-else"}', /not a completion report of the MSI Actions Setup Guide/],
      ['v4.json', JSON.stringify({ ...valid, version: 4 }), /report format this version of the extension cannot read/],
      ['timing.json', JSON.stringify({ ...valid, steps: (valid.steps as object[]).map((s, i) => (i === 2 ? { ...s, timing: { startedAt: null, completedAt: null, notFound: -1 } } : s)) }), /field steps\.2\.timing\.notFound/],
      ['extra.json', JSON.stringify({ ...valid, note: 'hi' }), /damaged or was changed after it was exported \(field note\)/],
      ['status.json', JSON.stringify({ ...valid, steps: (valid.steps as object[]).map((s, i) => (i === 3 ? { ...s, status: 'finished' } : s)) }), /field steps\.3\.status/],
      ['huge.json', Buffer.alloc(1_000_001, 0x20), /larger than 1 MB/],
    ];
    for (const [name, content, message] of refusals) {
      await choose(page, label, name, content);
      await expect(alert, name).toHaveText(message);
      await expect(alert).toContainText('Nothing was changed.');
      await expect(page.getByTestId('imported-banner')).toHaveCount(0);
      await expect(page.getByTestId('report-body')).toHaveAttribute('data-source', 'live');
    }
    await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');

    // A good file opens; a bad one after it leaves the opened report in place.
    await choose(page, label, 'good.json', JSON.stringify({ ...valid, extensionVersion: '9.9.9' }));
    await expect(page.getByTestId('imported-banner')).toContainText('by version 9.9.9');
    // For the support agent: where the customer is blocked and what was only marked by hand, first;
    // the page's own controls (open another report, export) after the customer's report.
    await expect(page.getByTestId('agent-summary')).toHaveText(/^Blocked at prerequisite 1: .*\. Not verified, only marked done: step 2\.$/);
    await expect(page.locator('table.overview tr[data-step="connect-salesforce"]')).toHaveAttribute('data-via', 'hand');
    const [body, opener] = await Promise.all([page.getByTestId('report-body').boundingBox(), page.getByLabel(label).boundingBox()]);
    expect(opener!.y).toBeGreaterThan(body!.y + body!.height - 1);
    await expect(page.locator('#open-error')).toBeEmpty();
    await choose(page, label, 'broken.json', '{');
    await expect(alert).toContainText('not valid JSON');
    await expect(page.getByTestId('imported-banner')).toContainText('by version 9.9.9');

    // A version-1 report (before timings were recorded) opens too, and says so.
    const version1 = { ...valid, version: 1, steps: (valid.steps as Array<Record<string, unknown>>).map(({ timing: _, ...step }) => step) };
    await choose(page, label, 'old.json', JSON.stringify(version1));
    await expect(page.getByTestId('imported-banner')).toBeVisible();
    await expect(page.locator('#open-error')).toBeEmpty();
    const s2 = page.locator('section[data-step="connect-salesforce"]');
    await expect(s2).toHaveAttribute('data-status', 'done');
    await expect(s2.getByTestId('time-taken')).toHaveText('not recorded');
    await expect(s2.getByTestId('not-found')).toContainText('made by an older version of the guide');
    await expect(page.locator('table.overview tr[data-step="connect-salesforce"] td[data-col="not-found"]')).toHaveText('not recorded');

    // The user's own progress never changed.
    expect(await storedProgress(session)).toEqual(before);
  });

  for (const locale of ['en-US', 'de-DE']) {
    test(`report.html has no axe-core violations (${locale})`, async ({ launch }) => {
      const session = await launch({ locale });
      const de = locale.startsWith('de');
      const popup = await session.openPopup();
      await popup.locator('li[data-step="connect-marketo"] button.mark-done').click();
      await popup.locator('li[data-step="invite-users-csv"] button:not(.primary)').first().click();
      await expect(popup.locator('li[data-step="connect-marketo"]')).toHaveAttribute('data-status', 'done');

      const page = await openReport(session);
      await expect(page.locator('main')).toHaveAttribute('lang', de ? 'de' : 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(de ? 'Abschlussbericht' : 'Completion report');
      // The timing columns and facts are there, in the page's language.
      await expect(page.getByRole('columnheader', { name: de ? 'Benötigte Zeit' : 'Time taken' })).toBeVisible();
      await expect(page.locator('section[data-step="connect-marketo"]').getByTestId('not-found')).toContainText(de ? 'nie verfehlt' : 'never failed');
      expect(await axeViolations(page)).toEqual([]);

      // The refused-file message and the imported view too.
      const label = de ? 'Berichtsdatei (JSON)' : 'Report file (JSON)';
      const valid = await exportJson(page, de ? 'JSON herunterladen' : 'Download JSON');
      await choose(page, label, 'broken.json', '{');
      await expect(page.getByRole('alert')).not.toBeEmpty();
      expect(await axeViolations(page)).toEqual([]);
      await choose(page, label, 'ok.json', JSON.stringify(valid));
      await expect(page.getByTestId('imported-banner')).toContainText(de ? 'Importierter Bericht – schreibgeschützt' : 'Imported report — read only');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
