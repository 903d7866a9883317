import { chromium } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, findChromium } from '/work/main/tests/harness/browser';
import { resolverRules } from '/work/main/tests/harness/hosts';
import { startReplicaServer } from '/work/main/tests/harness/replica-server';

const server = await startReplicaServer();
const extra = process.argv.slice(2);
const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'p-')), {
  executablePath: findChromium(), headless: true, ignoreHTTPSErrors: true,
  args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, `--host-resolver-rules=${resolverRules(server.port)}`, '--ignore-certificate-errors', '--no-sandbox', ...extra],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const ext = await context.newPage();
if (process.env.NODP) {} else {
await ext.goto('chrome://extensions');
console.log('dp', await ext.evaluate(async (id) => { const dp = (globalThis as any).chrome.developerPrivate; if (!dp) return 'no developerPrivate'; try { await dp.addHostPermission(id, 'https://*.mktorest.com/*'); return 'added'; } catch (e) { return 'err ' + (e as Error).message; } }, extensionId));
console.log('contains-after-dp', await worker.evaluate(() => (globalThis as any).chrome.permissions.contains({ origins: ['https://123-ABC-456.mktorest.com/*'] })));
}
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/popup.html`);
await page.evaluate(() => {
  const b = document.createElement('button'); b.id = 'x'; b.textContent = 'ask';
  b.onclick = () => { (window as any).res = 'pending'; (globalThis as any).chrome.permissions.request({ origins: ['https://123-ABC-456.mktorest.com/*'] }).then((r: boolean) => ((window as any).res = String(r)), (e: Error) => ((window as any).res = 'err ' + e.message)); };
  document.body.prepend(b);
});
await page.click('#x');
if (process.env.ESC) { await page.waitForTimeout(500); await page.keyboard.press('Escape'); }
for (let i = 0; i < 6; i++) { await page.waitForTimeout(500); const r = await page.evaluate(() => (window as any).res); console.log(i, r); if (r !== 'pending') break; }
console.log('contains', await worker.evaluate(() => (globalThis as any).chrome.permissions.contains({ origins: ['https://123-ABC-456.mktorest.com/*'] })));
await context.close(); await server.close();
