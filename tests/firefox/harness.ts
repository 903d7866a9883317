import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startReplicaServer, type ReplicaServer } from '../harness/replica-server';

/**
 * The Firefox build under test: the e2e build (`npm run build:e2e:firefox`, the production build with the
 * overlay's shadow root open so the tests can read callouts), in $MSI_E2E_OUT_DIR or .out-e2e as for Chromium.
 */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.MSI_E2E_OUT_DIR ?? '.out-e2e', 'firefox-mv3');

/**
 * The real hostnames the Firefox tests visit. Firefox has no host-to-port mapping like Chromium's
 * --host-resolver-rules: `network.dns.localDomains` resolves these names to the loopback address, and
 * the replica server answers there on the real HTTPS port. Every other name goes to a dead loopback proxy
 * (see PREFS), so nothing leaves the machine.
 */
export const FIREFOX_HOSTS = ['app-ab12.marketo.com', 'toutapp.com', 'acme.lightning.force.com'] as const;

/** Firefox to use: $FIREFOX_PATH, else Debian's firefox-esr or a firefox on the system. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Firefox found. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  return found;
}

const PORT_443_WAIT_MS = 5 * 60_000;

/**
 * The replica server on 127.0.0.1:443. One Firefox suite holds the port at a time: while another one
 * (say, a second checkout's) has it, this waits; without the right to bind it, it fails saying why.
 */
export async function startReplicaServerOn443(): Promise<ReplicaServer> {
  const deadline = Date.now() + PORT_443_WAIT_MS;
  for (let said = false; ; ) {
    try {
      return await startReplicaServer({ port: 443 });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EACCES') {
        throw new Error(
          'The Firefox tests need the replica server on port 443 of 127.0.0.1 (Firefox can map hostnames to loopback but not to another port). ' +
            'Run them as root (CI does), or allow node to bind low ports: sudo setcap cap_net_bind_service=+ep "$(command -v node)".',
        );
      }
      if (code !== 'EADDRINUSE') throw error;
      if (Date.now() > deadline) {
        throw new Error(
          'The Firefox tests need port 443 of 127.0.0.1 (Firefox can map hostnames to loopback but not to another port), ' +
            `and another process has held it for ${PORT_443_WAIT_MS / 60_000} minutes. Find it with \`ss -ltnp 'sport = :443'\` and stop it, then run again.`,
        );
      }
      if (!said) console.log('Port 443 is in use (another Firefox suite?): waiting for it…');
      said = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Firefox preferences of the test profile, beside puppeteer's own (which silence updates, telemetry, first-run pages). */
const PREFS: Record<string, unknown> = {
  'network.dns.localDomains': FIREFOX_HOSTS.join(','),
  // Everything else goes to a proxy on a closed loopback port and fails there: no request of the browser
  // (updates, safe browsing, remote settings, a stray link) can leave the machine.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': ['localhost', '127.0.0.1', ...FIREFOX_HOSTS].join(','),
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  // Host permissions start not granted, as for a user who has not allowed them yet: the onboarding page opens.
  'extensions.originControls.grantByDefault': false,
  // The "Allow" click on the onboarding page grants without Firefox's doorhanger (which headless tests cannot press).
  'extensions.webextOptionalPermissionPrompts': false,
  // The tests install the build as a temporary add-on, which Firefox removes at shutdown; these keep its
  // storage and internal UUID for the next install in the same profile, as a permanent install would.
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

export interface FirefoxSession {
  browser: Browser;
  /** The gecko id Firefox installed the build under. */
  extensionId: string;
  /** The tab whose document is an extension page (`moz-extension://…/<path>`), once one is open. */
  extensionTab(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts headless Firefox on `profileDir` and installs the Firefox build from its folder (WebDriver BiDi
 * webExtension.install). BiDi refuses to navigate to moz-extension:// addresses: extension pages are
 * reached through a tab the extension opened itself (the onboarding page), which may then navigate
 * within the extension. `executablePath`: another Firefox (e.g. one with a policy, see policy-install.ts).
 */
export async function launchFirefox(profileDir: string, options: { executablePath?: string } = {}): Promise<FirefoxSession> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:e2e:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    extraPrefsFirefox: PREFS,
  });
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    extensionId,
    extensionTab: (path) => findExtensionTab(browser, path),
    close: () => browser.close(),
  };
}

/**
 * Waits for the tab showing extension page `path`. Read from the document itself: the BiDi client does
 * not learn the URL of moz-extension:// navigations.
 */
async function findExtensionTab(browser: Browser, path: string, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && new URL(href).pathname === `/${path}`) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No tab shows the extension's ${path}.`);
}

/** Navigates an extension tab to another page of the extension (the page itself navigates: BiDi may not). */
export async function goToExtensionPage(tab: Page, path: string): Promise<void> {
  await tab.evaluate((to) => {
    location.href = to;
  }, `/${path}`);
  await waitFor(async () => (await tab.evaluate(() => `${location.pathname}|${document.readyState}`).catch(() => '')) === `/${path}|complete`, `${path} to load`);
}

/** Polls `condition` until it holds (or fails after `timeoutMs` naming `what`). */
export async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
