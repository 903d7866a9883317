import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, type ExtensionSession } from './fixtures';
import { REMOTE_SITE_URLS } from '../../lib/apps/salesforce/remote-sites';
import { isSecretLike } from '../../lib/report/redact';

/** The Marketo Admin's view, per language: the texts the test looks for. */
const LOCALES = [
  {
    locale: 'en-US',
    link: 'Hand off steps 7 and 8…',
    copyMarkdown: 'Copy message (Markdown)',
    downloadPlain: 'Download message (.txt)',
    otherLanguage: 'de',
    steps: ['Step 7: Install or upgrade the MSI package in Salesforce', 'Step 8: Configure MSI Actions in Salesforce'],
    otherSteps: ['Schritt 7: ', 'Schritt 8: '],
    downloadJson: 'Download JSON',
    openLabel: 'Report file (JSON)',
    record: 'Record steps 7 and 8 as done elsewhere',
    recorded: 'Recorded steps 7 and 8 as done elsewhere in your progress.',
    doneElsewhere: 'Done elsewhere',
    summary: '0 of 2 prerequisites and 2 of 8 steps done',
  },
  {
    locale: 'de-DE',
    link: 'Schritte 7 und 8 übergeben …',
    copyMarkdown: 'Nachricht kopieren (Markdown)',
    downloadPlain: 'Nachricht herunterladen (.txt)',
    otherLanguage: 'en',
    steps: ['Schritt 7: MSI-Paket in Salesforce installieren oder aktualisieren', 'Schritt 8: MSI Actions in Salesforce konfigurieren'],
    otherSteps: ['Step 7: ', 'Step 8: '],
    downloadJson: 'JSON herunterladen',
    openLabel: 'Berichtsdatei (JSON)',
    record: 'Schritte 7 und 8 als anderswo erledigt übernehmen',
    recorded: 'Als anderswo erledigt in Ihren Fortschritt übernommen: Schritte 7 und 8.',
    doneElsewhere: 'Anderswo erledigt',
    summary: '0 von 2 Voraussetzungen und 2 von 8 Schritten erledigt',
  },
] as const;

const HANDED_OFF = ['install-msi-package', 'configure-msi-salesforce'] as const;

/** Opens report.html (at `hash`) with clipboard writes captured in `window.__copied`. */
async function openReport(session: ExtensionSession, hash = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __copied?: string };
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => ((w.__copied = text), Promise.resolve()) });
  });
  await page.goto(`chrome-extension://${session.extensionId}/report.html${hash}`);
  await expect(page.locator('main[data-ready]')).toBeVisible();
  return page;
}

const downloaded = async (page: Page, button: string): Promise<{ name: string; text: string }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
};

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** The message names both steps and both remote-site URLs, and carries nothing shaped like a secret. */
function expectHandoffText(text: string, steps: readonly string[]) {
  for (const step of steps) expect(text).toContain(step);
  for (const url of REMOTE_SITE_URLS) expect(text).toContain(url);
  expect(isSecretLike(text)).toBe(false);
}

for (const t of LOCALES) {
  test(`hand-off to the Salesforce Admin and back (${t.locale})`, async ({ launch }) => {
    const session = await launch({ locale: t.locale });

    // The Salesforce Admin's browser (this profile, before a reset): steps 7 and 8 done, report exported.
    const theirs = await session.openPopup();
    for (const id of HANDED_OFF) {
      await theirs.locator(`li[data-step="${id}"] button.mark-done`).click();
      await expect(theirs.locator(`li[data-step="${id}"]`)).toHaveAttribute('data-status', 'done');
    }
    const theirReport = await openReport(session);
    const exported = await downloaded(theirReport, t.downloadJson);
    await theirReport.close();
    await theirs.locator('footer button.danger-quiet').click();
    await theirs.locator('.confirm button.danger').click();
    await expect(theirs.locator(`li[data-step="${HANDED_OFF[0]}"]`)).toHaveAttribute('data-status', 'todo');
    await theirs.close();

    // The Marketo Admin: "Hand off steps 7 and 8…" in the popup leads to the hand-off on the report page.
    const popup = await session.openPopup();
    const link = popup.getByRole('link', { name: t.link });
    await expect(link).toHaveAttribute('href', '/report.html#handoff');
    const page = await openReport(session, '#handoff');
    await expect(page.locator('#handoff')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#handoff').getByRole('button', { name: t.copyMarkdown }).click();
    await expect(page.locator('#handoff [role="status"]')).not.toBeEmpty();
    const markdown = await page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');
    expectHandoffText(markdown, t.steps);
    expect(markdown).toMatch(/^# /);

    // The message in the other language, as plain text.
    await page.locator('#handoff select').selectOption(t.otherLanguage);
    const plain = await downloaded(page, t.downloadPlain);
    expect(plain.name).toMatch(new RegExp(`-${t.otherLanguage}\\.txt$`));
    expectHandoffText(plain.text, t.otherSteps);
    expect(plain.text).not.toMatch(/^#|`/m);

    // Their report comes back: opened read-only, then recorded as "done elsewhere" on request.
    await page.getByLabel(t.openLabel).setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await expect(page.getByTestId('imported-banner')).toBeVisible();
    const record = page.getByRole('button', { name: t.record });
    expect(await axeViolations(page)).toEqual([]);
    await record.click();
    await expect(page.locator('.record-elsewhere [role="status"]')).toHaveText(t.recorded);

    // The popup: steps 7 and 8 "done elsewhere" (not verified, not by hand), counted as done.
    for (const id of HANDED_OFF) {
      const row = popup.locator(`li[data-step="${id}"]`);
      await expect(row).toHaveAttribute('data-status', 'done');
      await expect(row.getByTestId('status')).toHaveText(t.doneElsewhere);
      await expect(row.locator('[data-via="elsewhere"]')).toBeVisible();
      await expect(row.locator('[data-via="evidence"], [data-via="hand"]')).toHaveCount(0);
    }
    await expect(popup.getByTestId('progress-summary')).toHaveText(t.summary);
    await expect(link).toHaveCount(0);
    expect(await axeViolations(popup)).toEqual([]);

    // The own report says so too.
    await page.getByTestId('imported-banner').getByRole('button').click();
    for (const id of HANDED_OFF) await expect(page.locator(`section[data-step="${id}"]`)).toHaveAttribute('data-via', 'elsewhere');
    await expect(page.locator(`section[data-step="${HANDED_OFF[1]}"] dd.status`)).toHaveText(t.doneElsewhere);
    expect(await axeViolations(page)).toEqual([]);
  });
}
