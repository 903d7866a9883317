import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, type ExtensionSession } from './fixtures';
import type { ChromeGlobal } from '../harness/chrome-api';
import { expectDoneFromEvidence } from './guide-helpers';
import { MARKETO_TARGETS } from '../../lib/apps/marketo/targets';

/** Every way of the Actions Config tab is tried, and each is listed in the diagnostic. */
const TAB_WAYS = MARKETO_TARGETS['marketo.sales-insight.actions-config-tab'].ways.length;

const MARKETO = 'https://app-ab12.marketo.com';

/** The stored progress envelope, as the background wrote it. */
async function storedProgress(session: ExtensionSession): Promise<unknown> {
  const items = await session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('progress'));
  return items.progress;
}

/** Opens report.html with clipboard writes captured in `window.__copied` (read back by the test). */
async function openReport(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __copied?: string };
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => {
        w.__copied = text;
        return Promise.resolve();
      },
    });
  });
  await page.goto(`chrome-extension://${session.extensionId}/report.html`);
  await expect(page.locator('main[data-ready]')).toBeVisible();
  return page;
}

const section = (page: Page, stepId: string) => page.locator(`section[data-step="${stepId}"]`);
const overviewRow = (page: Page, stepId: string) => page.locator(`table.overview tr[data-step="${stepId}"]`);
/** A duration as the report says it: "0 sec", "45 sec", "4 min 12 sec". Never its exact value: timings are noisy. */
const DURATION = /^\d+ (sec|min|hr)\b/;

test.describe('completion report', () => {
  test('shows steps, evidence and diagnostics live; exports hold no secret; export → import round trip is read-only', async ({ session }) => {
    // By hand: one step done, one skipped.
    const popup = await session.openPopup();
    await popup.locator('li[data-step="connect-marketo"] button.mark-done').click();
    await popup.getByRole('button', { name: /Skip “Install/ }).click();
    await expect(popup.locator('li[data-step="install-msi-package"]')).toHaveAttribute('data-status', 'skipped');

    // A target the guide cannot find (MSI Actions not enabled): a diagnostic for P1.
    const marketo = await session.context.newPage();
    await marketo.goto(`${MARKETO}/?reset=1&actions=0#SI0A1`);
    await expect
      .poll(async () => JSON.stringify(await storedProgress(session)))
      .toContain('marketo.sales-insight.actions-config-tab');

    // Evidence: an invited instance shows the Actions Config tab and the credentials, secret included.
    await marketo.goto(`${MARKETO}/?reset=1&state=invited&delay=0&tab=actions#SI0A1`);
    await expectDoneFromEvidence(session, 'prereq-msi-enabled');
    await expectDoneFromEvidence(session, 'setup-sales-account');
    const field = (label: string) => marketo.locator('.x4-form-item', { has: marketo.locator('label', { hasText: label }) }).locator('.x4-form-display-field');
    const secret = (await field('Client Secret').textContent())!.trim();
    const clientId = (await field('Client ID').textContent())!.trim();
    const invitee = (await marketo.locator('.x4-form-cb-label', { hasText: 'Anna Becker' }).textContent())!.match(/\(([^)]+@[^)]+)\)/)![1]!;
    expect(secret).toMatch(/^[A-Za-z0-9]{32}$/);
    await marketo.close();

    const report = await openReport(session);
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('Completion report');
    await expect(report.getByTestId('report-summary')).toHaveText('1 of 2 prerequisites and 2 of 8 steps done · 1 skipped');
    await expect(report.getByTestId('extension-version')).toHaveText(/^\d+\.\d+\.\d+$/);
    await expect(report.getByTestId('report-body')).toContainText('app-ab12.marketo.com (Marketo Engage, last seen');
    await expect(section(report, 'connect-marketo').getByTestId('how')).toHaveText('Marked by hand');
    await expect(section(report, 'install-msi-package')).toHaveAttribute('data-status', 'skipped');
    const s1 = section(report, 'setup-sales-account');
    await expect(s1.getByTestId('how')).toHaveText('Verified from page evidence');
    await expect(s1.locator('tr[data-rule="s1-client-id-shown"]')).toContainText('Admin › Sales Insight');
    await expect(s1.locator('tr[data-rule="s1-client-id-shown"]')).toContainText('app-ab12.marketo.com');
    const p1 = section(report, 'prereq-msi-enabled');
    await expect(p1.getByTestId('how')).toHaveText('Verified from page evidence');
    const diagnostic = p1.locator('tr[data-target="marketo.sales-insight.actions-config-tab"]');
    await expect(diagnostic).toContainText('Actions Config');
    await expect(diagnostic.locator('.tried li')).toHaveCount(TAB_WAYS);
    await expect(diagnostic.locator('.tried li').first()).toHaveText(/^way 1 \(structure\): /);

    // Timings: P1 started when its tab was not found, and was completed from evidence: a time and a count.
    await expect(p1.getByTestId('time-taken')).toHaveText(DURATION);
    const misses = (await p1.getByTestId('not-found-count').textContent())!;
    expect(misses).toMatch(/^[1-9]\d*$/);
    await expect(p1.getByTestId('not-found')).toContainText(Number(misses) === 1 ? 'could not find this step’s control once' : `could not find this step’s control ${misses} times`);
    await expect(overviewRow(report, 'prereq-msi-enabled').locator('td[data-col="time-taken"]')).toHaveText(DURATION);
    await expect(overviewRow(report, 'prereq-msi-enabled').locator('td[data-col="not-found"]')).toHaveText(misses);
    // Marked done by hand without the guide seeing it start: no time, and nothing was missed.
    await expect(section(report, 'connect-marketo').getByTestId('time-taken')).toHaveText('—');
    await expect(section(report, 'connect-marketo').getByTestId('not-found')).toHaveText('0 — The guide never failed to find this step’s control.');
    await expect(overviewRow(report, 'connect-marketo').locator('td[data-col="not-found"]')).toHaveText('0');

    // Live: a change made in the popup shows without reloading.
    await popup.locator('li[data-step="invite-users"] button.mark-done').click();
    await expect(section(report, 'invite-users')).toHaveAttribute('data-status', 'done');
    await expect(report.getByTestId('report-summary')).toHaveText('1 of 2 prerequisites and 3 of 8 steps done · 1 skipped');
    await popup.close();

    // Copy as Markdown, from the keyboard.
    await report.getByRole('button', { name: 'Copy as Markdown' }).focus();
    await report.keyboard.press('Enter');
    await expect(report.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(/Copied the report as Markdown/);
    const markdown = await report.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');
    expect(markdown).toMatch(/^# Completion report — MSI Actions Setup Guide\n/);
    expect(markdown).toContain('| Step 3 | Connect Marketo to your Sales Apps account | Done |');
    expect(markdown).toContain('`marketo.sales-insight.actions-config-tab`');
    expect(markdown).toContain('| Step | Title | Status | When | How | Time taken | Not found |');
    expect(markdown).toMatch(new RegExp(`\\| Prerequisite \\| [^|]+ \\| Done \\| [^|]+ \\| Verified from page evidence \\| \\d+ (sec|min)[^|]* \\| ${misses} \\|`));

    // Download JSON.
    const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^msi-setup-report-\d{4}-\d{2}-\d{2}\.json$/);
    const json = await readFile((await download.path())!, 'utf8');
    const exported = JSON.parse(json) as { steps: Array<{ id: string; timing: { startedAt: string; completedAt: string; notFound: number } }> };
    expect(exported).toMatchObject({ format: 'msi-setup-report', version: 3 });
    const p1Timing = exported.steps.find((s) => s.id === 'prereq-msi-enabled')!.timing;
    expect(p1Timing.notFound).toBe(Number(misses));
    expect(Date.parse(p1Timing.completedAt)).toBeGreaterThanOrEqual(Date.parse(p1Timing.startedAt));
    const liveText = await report.getByTestId('report-body').innerText();

    for (const output of [markdown, json]) {
      for (const secretValue of [secret, clientId, invitee]) expect(output).not.toContain(secretValue);
      expect(output).not.toMatch(/@/);
    }

    // Import what was exported: same content, read-only, the user's own progress untouched.
    const before = await storedProgress(session);
    await report.getByLabel('Report file (JSON)').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(json) });
    const banner = report.getByTestId('imported-banner');
    await expect(banner).toContainText(/^Imported report — read only — generated .+ by version \d+\.\d+\.\d+/);
    await expect(banner).toBeFocused();
    await expect(report.getByTestId('report-body')).toHaveAttribute('data-source', 'imported');
    expect(await report.getByTestId('report-body').innerText()).toBe(liveText);
    await expect(report.getByRole('button', { name: /^(Mark|Undo|Skip)/ })).toHaveCount(0);
    expect(await storedProgress(session)).toEqual(before);

    // Back to my report, from the keyboard.
    await banner.getByRole('button', { name: 'Back to my report' }).focus();
    await report.keyboard.press('Enter');
    await expect(report.getByTestId('imported-banner')).toHaveCount(0);
    await expect(report.getByTestId('report-body')).toHaveAttribute('data-source', 'live');
    await expect(report.getByRole('heading', { level: 1 })).toBeFocused();
  });
});
