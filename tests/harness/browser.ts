import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolverRules } from './hosts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The production build, as shipped: <outDir>/chrome-mv3, where outDir is $MSI_OUT_DIR (a private build folder, see wxt.config.ts) or .output. */
export const EXTENSION_DIR = resolve(ROOT, process.env.MSI_OUT_DIR ?? '.output', 'chrome-mv3');
/**
 * The e2e build (`npm run build:e2e`): the production build with the overlay's shadow root open, so
 * Playwright can read callouts (it cannot look into closed roots). The trust tests use EXTENSION_DIR.
 */
export const E2E_EXTENSION_DIR = resolve(ROOT, process.env.MSI_E2E_OUT_DIR ?? '.out-e2e', 'chrome-mv3');

/** Chromium to use: $CHROME_PATH, else the first one found on the system. */
export function findChromium(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

export interface LaunchOptions {
  userDataDir: string;
  port: number;
  headless?: boolean;
  locale?: string;
  /** Which build to load: the e2e build (the default), or the production build as shipped. */
  build?: 'e2e' | 'production';
}

/**
 * Starts Chromium with the production build loaded, every replica host resolved to our loopback
 * server, and nothing else reachable. Returns the context and the extension's service worker.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const dir = options.build === 'production' ? EXTENSION_DIR : E2E_EXTENSION_DIR;
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run ${options.build === 'production' ? 'build' : 'build:e2e'}\` first.`);
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--host-resolver-rules=${resolverRules(options.port)}`,
      // The service worker's own requests (identity endpoint) must accept the test certificate too.
      '--ignore-certificate-errors',
      `--lang=${options.locale ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}
