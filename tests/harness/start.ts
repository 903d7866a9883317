/**
 * `npm start`: opens Chromium with the production build loaded, on the extension's practice sandbox
 * (practice.html: the replica screens inside the extension, offline). The replicas are also served on
 * their real hostnames (loopback only), so the guide can be tried there as on the live apps.
 * With CI=true (or --smoke) it runs headless, checks that the guide recognised the sandbox's first
 * screen, and exits — so CI proves the README's first command works.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser';
import type { ChromeGlobal } from './chrome-api';
import { startReplicaServer } from './replica-server';

const LIVE_LIKE_URL = 'https://app-ab12.marketo.com/#ML0A1';
const smoke = process.env.CI === 'true' || process.argv.includes('--smoke');

async function main() {
  const server = await startReplicaServer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'msi-guide-start-'));
  const headless = smoke || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const { context, worker, extensionId } = await launchWithExtension({ userDataDir, port: server.port, headless, build: 'production' });
  const page = context.pages()[0] ?? (await context.newPage());
  const practiceUrl = `chrome-extension://${extensionId}/practice.html`;
  await page.goto(practiceUrl);

  const cleanUp = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  };

  if (smoke) {
    const deadline = Date.now() + 20_000;
    let seen = false;
    while (!seen && Date.now() < deadline) {
      const tabs = await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null));
      seen = JSON.stringify(tabs).includes('app-ab12.marketo.com');
      if (!seen) await new Promise((r) => setTimeout(r, 250));
    }
    await cleanUp();
    if (!seen) throw new Error('The guide did not recognise the practice sandbox’s first screen.');
    console.log(`npm start: extension ${extensionId} loaded; the practice sandbox shows Marketo and the guide recognised it (smoke check passed)`);
    return;
  }

  if (headless) console.log('No display found: Chromium runs headless. Set DISPLAY to see the browser.');
  console.log(`Chromium is open on the practice sandbox (${practiceUrl}) with the extension loaded.`);
  console.log(`The replicas also answer on their real hostnames in this browser, e.g. ${LIVE_LIKE_URL}`);
  console.log(`Popup as a page: chrome-extension://${extensionId}/popup.html — close the browser or press Ctrl+C to stop.`);
  const stop = () => void cleanUp().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
