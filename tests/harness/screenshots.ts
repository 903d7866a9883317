/**
 * `npm run screenshots`: the README's screenshots (docs/screenshots/*.png), taken from the production
 * build on the replica apps with the e2e harness, so they show the extension as it is today.
 *
 * Deterministic: a fresh profile, English UI, UTC, 1280×800 at device scale 1, progress made through
 * the real pages and popup, and a scripted clock in the background worker so every stored time is fixed.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { statSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { startReplicaServer } from './replica-server';
import { CORPUS } from '../e2e/csv-helpers';
import { expectCallout, expectDoneFromEvidence } from '../e2e/guide-helpers';
import { openExtensionPage, openPopupPage, tabIdForHost } from '../e2e/session-helpers';
import type { ExtensionSession } from '../e2e/fixtures';

const OUT_DIR = resolve(import.meta.dirname, '../../docs/screenshots');
const MARKETO = 'https://app-ab12.marketo.com';
const MARKETO_HOST = new URL(MARKETO).host;
/** The scripted clock: the day the screenshots pretend to be taken on (UTC). */
const T0 = Date.parse('2025-06-02T09:00:00Z');
const minutes = (n: number) => T0 + n * 60_000;

/**
 * Sets the background worker's clock (every stored time comes from `new Date()` there). Sent as source
 * text: tsx would wrap a class written here in helpers the worker does not have.
 */
const SCRIPTED_DATE = `(now) => {
  const g = globalThis;
  g.__shotNow = now;
  if (g.__shotRealDate) return;
  const Real = (g.__shotRealDate = g.Date);
  g.Date = class extends Real {
    constructor(...args) { if (args.length === 0) super(g.__shotNow); else super(...args); }
    static now() { return g.__shotNow; }
  };
}`;

async function setWorkerClock(worker: Worker, at: number): Promise<void> {
  await worker.evaluate(`(${SCRIPTED_DATE})(${at})`);
}

type Box = { x: number; y: number; width: number; height: number };

/** The smallest box around `boxes`, grown by `pad` and kept inside `bounds`. */
function around(boxes: Box[], pad: number, bounds: Box): Box {
  const x = Math.max(bounds.x, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(bounds.y, Math.min(...boxes.map((b) => b.y)) - pad);
  const right = Math.min(bounds.x + bounds.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(bounds.y + bounds.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(right - x), height: Math.round(bottom - y) };
}

/** The page-coordinate boxes of `selectors` (scroll-independent: for full-page clips). */
async function boxesOf(page: Page, ...selectors: string[]): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const selector of selectors) {
    boxes.push(
      await page.locator(selector).first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
      }),
    );
  }
  return boxes;
}

async function shoot(page: Page, name: string, options: Parameters<Page['screenshot']>[0] = {}): Promise<void> {
  const path = join(OUT_DIR, name);
  await page.screenshot({ ...options, path, animations: 'disabled', caret: 'hide' });
  console.log(`${relative(process.cwd(), path)}  ${Math.round(statSync(path).size / 1024)} KB`);
}

async function main() {
  // Chromium formats times in the zone of its environment.
  process.env.TZ = 'UTC';
  await mkdir(OUT_DIR, { recursive: true });
  const server = await startReplicaServer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'msi-guide-shots-'));
  const { context, worker, extensionId } = await launchWithExtension({ userDataDir, port: server.port, locale: 'en-US' });
  // Only what the helpers use; the popup/tab helpers below are the same ones the e2e fixtures use.
  const session = { context, worker, extensionId } as ExtensionSession;
  try {
    await setWorkerClock(worker, minutes(0));
    const marketo = context.pages()[0] ?? (await context.newPage());

    // P1 from page evidence: Admin › Sales Insight shows the Actions Config tab.
    await marketo.goto(`${MARKETO}/?reset=1&delay=0#SI0A1`);
    await expectDoneFromEvidence(session, 'prereq-msi-enabled');
    // P2 from page evidence: Admin › Salesforce shows the sync enabled.
    await setWorkerClock(worker, minutes(4));
    await marketo.goto(`${MARKETO}/?delay=0#SF0A1`);
    await expectDoneFromEvidence(session, 'prereq-salesforce-sync');

    // The Salesforce Admin installed the package: marked by hand in the popup.
    await setWorkerClock(worker, minutes(11));
    const marker = await openPopupPage(context, extensionId);
    await marker.getByRole('button', { name: /Mark “Install/ }).click();
    await marker.locator('li[data-step="install-msi-package"][data-status="done"]').waitFor();
    await marker.close();

    // Back on Admin › Sales Insight: step 1's callout points at the Actions Config tab.
    await setWorkerClock(worker, minutes(12));
    await marketo.goto(`${MARKETO}/?delay=0#SI0A1`);
    await marketo.bringToFront();
    const dialog = await expectCallout(marketo, 'setup-sales-account', 'marketo.sales-insight.actions-config-tab');
    const spotlight = marketo.locator('msi-guide-overlay [data-spotlight]');
    await spotlight.waitFor();
    await marketo.waitForTimeout(600); // positioning and the spotlight's fade-in settle
    const boxes = [await dialog.boundingBox(), await spotlight.boundingBox()].filter((b) => b !== null);
    // From the app's top-left corner (Admin menu and tree) to just past the callout.
    const clip = around([...boxes, { x: 0, y: 0, width: 1, height: 1 }], 40, { x: 0, y: 0, width: 1280, height: 800 });
    await shoot(marketo, 'callout.png', { clip });

    // The popup, describing the Marketo tab, at its natural size (400 px wide, at most 600 px high).
    const popup = await openPopupPage(context, extensionId, await tabIdForHost(worker, MARKETO_HOST));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('main[data-hydrated]').waitFor();
    await shoot(popup, 'popup.png');

    // "Check a CSV" with a file that has a bit of everything wrong.
    const csv = await openExtensionPage(context, extensionId, 'csv.html');
    await csv.getByLabel('CSV file').setInputFiles(join(CORPUS, 'problems.csv'));
    await csv.locator('[data-report] [data-issues] tbody tr').first().waitFor();
    // From the verdict to the ninth problem: enough rows to show several kinds (the whole table is tall).
    const issueRows = await csv.locator('[data-report] [data-issues] tbody tr').count();
    const lastRow = `[data-report] [data-issues] tbody tr:nth-child(${Math.min(issueRows, 9)})`;
    const [title, head, last] = await boxesOf(csv, '#report-title', '[data-report] [data-issues] thead', lastRow);
    const csvClip = around([title!, head!, last!], 16, { x: 0, y: 0, width: 1280, height: last!.y + last!.height + 1 });
    await shoot(csv, 'csv-report.png', { clip: csvClip, fullPage: true });

    // The completion report, generated at a fixed time.
    const report = await context.newPage();
    await report.clock.setFixedTime(minutes(20));
    await report.goto(`chrome-extension://${extensionId}/report.html`);
    await report.locator('main[data-ready]').waitFor();
    const reportClip = around(await boxesOf(report, '#report-meta', 'table.overview'), 16, { x: 0, y: 0, width: 1280, height: 10_000 });
    await shoot(report, 'completion-report.png', { clip: reportClip, fullPage: true });

    // The practice sandbox: the replica screens inside the extension, with the guide on its first screen.
    const practice = await context.newPage();
    await practice.goto(`chrome-extension://${extensionId}/practice.html`);
    await practice.frameLocator('#practice-screen').locator('msi-guide-overlay [data-spotlight]').waitFor();
    await practice.waitForTimeout(600);
    await shoot(practice, 'practice.png');
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
