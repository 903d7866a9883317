import { chromium, type Page, type BrowserContext } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchWithExtension } from '../harness/browser';
import { resolverRules } from '../harness/hosts';
import { startReplicaServer } from '../harness/replica-server';
import type { ChromeGlobal } from '../harness/chrome-api';
const PAGE = 'https://app-ab12.marketo.com/?reset=1&delay=0&tab=actions#SI0A1';
async function work(page: Page) {
  return page.evaluate(async () => {
    const grid = document.createElement('div');
    grid.className = 'x4-grid-view';
    document.querySelector('.mkt-actions-config')!.append(grid);
    const start = performance.now();
    for (let chunk = 0; chunk < 150; chunk++) {
      const rows = [];
      for (let i = 0; i < 200; i++) {
        const row = document.createElement('div');
        row.className = 'x4-grid-row';
        row.id = `ext-gen${chunk * 1000 + i}`;
        row.innerHTML = `<span class="x4-grid-cell-inner">Lead ${i}</span><span class="x4-grid-cell-inner">${chunk}</span>`;
        rows.push(row);
      }
      grid.replaceChildren(...rows);
      for (const row of rows) (row.firstChild as HTMLElement).textContent = `Lead ${chunk}`;
      await new Promise((r) => setTimeout(r, 0));
    }
    grid.remove();
    return performance.now() - start;
  });
}
async function metrics(ctx: BrowserContext, page: Page) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const get = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const out: Record<string, number> = {};
  for (let i = 0; i < 5; i++) {
    const a = await get();
    const ms = await work(page);
    const b = await get();
    for (const k of ['LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration', 'TaskDuration']) out[k] = (out[k] ?? 0) + ((b[k] ?? 0) - (a[k] ?? 0));
    out.wall = (out.wall ?? 0) + ms;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, k.endsWith('Duration') ? +(v * 1000 / 5).toFixed(1) : +(v / 5).toFixed(1)]));
}
async function main() {
  const server = await startReplicaServer();
  const { context, worker } = await launchWithExtension({ userDataDir: await mkdtemp(join(tmpdir(), 'prof-')), port: server.port });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  for (const stepId of ['prereq-msi-enabled', 'prereq-salesforce-sync']) {
    await popup.evaluate((id) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'progress/set-status', stepId: id, status: 'done' }), stepId);
  }
  await popup.close();
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.goto(PAGE);
  await page.locator('msi-guide-overlay').waitFor({ state: 'attached' });
  await page.waitForTimeout(1500);
  const plainCtx = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'plain-')), { executablePath: findChromium(), headless: true, ignoreHTTPSErrors: true, args: [`--host-resolver-rules=${resolverRules(server.port)}`, '--no-sandbox', '--disable-gpu'] });
  const plain = await plainCtx.newPage();
  await plain.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await plain.goto(PAGE);
  await plain.locator('.mkt-actions-config').waitFor();
  console.log('with   ', JSON.stringify(await metrics(context, page)));
  await page.evaluate(() => (document.querySelector('msi-guide-overlay') as HTMLElement).style.setProperty('display', 'none', 'important'));
  console.log('hidden ', JSON.stringify(await metrics(context, page)));
  console.log('without', JSON.stringify(await metrics(plainCtx, plain)));
  process.exit(0);
}
void main();
