import { defineConfig } from '@playwright/test';

/**
 * The Firefox e2e suite: Playwright's runner, with puppeteer-core driving Debian's firefox-esr over WebDriver
 * BiDi (Playwright's own Firefox is a patched build we cannot install here). One worker: the suite holds
 * port 443 of the loopback address (see tests/firefox/harness.ts).
 */
export default defineConfig({
  testDir: 'tests/firefox',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
});
