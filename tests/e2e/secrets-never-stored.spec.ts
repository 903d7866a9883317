import type { ChromeGlobal } from '../harness/chrome-api';
import { createIdentityFake } from '../harness/identity-fake';
import { allowIdentityHosts, fillCredentials, openCredentialsPage, verdict } from './credentials-helpers';
import { test, expect } from './fixtures';

/** Known values to look for: a Client Secret of the right shape and a free-form API Secret Key. */
const SECRET = 'Kx4SecretNeverStored9Qm7ZkR2xVtP';
const API_KEY = 'msi-ApiKey-Never-Stored-7731';
const CREDS = { munchkinId: '123-ABC-456', clientId: '3f2b8c1e-7a4d-4e9b-9c2a-5d8e1f0a6b73', clientSecret: SECRET };
/** Any 12-character piece of a secret counts as a leak (a truncated copy is still one). */
const pieces = (value: string) => Array.from({ length: value.length - 11 }, (_, i) => value.slice(i, i + 12));
const NEEDLES = [...pieces(SECRET), ...pieces(API_KEY)];

function expectNoSecret(where: string, text: string) {
  const found = NEEDLES.filter((n) => text.includes(n));
  expect(found, `${where} holds a piece of a secret`).toEqual([]);
}

test('checked secrets appear in no storage area, no console output and no progress record', async ({ session, server }) => {
  test.setTimeout(120_000);
  const fake = createIdentityFake('valid');
  const stop = server.use(fake.handler);
  const { context, worker } = session;
  const consoleText: string[] = [];
  context.on('console', (message) => consoleText.push(message.text()));
  context.on('weberror', (error) => consoleText.push(String(error.error())));
  worker.on('console', (message) => consoleText.push(message.text()));
  await allowIdentityHosts(session);

  // 1. The credentials page: a format check with paste debris (fix values are computed from the secret),
  //    a Fix, and a live check that Marketo (the fake) accepts.
  const page = await openCredentialsPage(session);
  await fillCredentials(page, { ...CREDS, clientSecret: ` ${SECRET}\u200B` });
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await verdict(page).locator('[data-code="leading-trailing-space"] button').click();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(verdict(page).locator('[data-live="valid"]')).toBeVisible();
  expect(fake.requests.length).toBeGreaterThan(0);

  // 2. The Set Up tab: typed and pasted values, the secret also in the wrong field, a Fix, and a live check.
  const setUp = await context.newPage();
  await setUp.goto('https://toutapp.com/next?reset=1&delay=0#settings/admin/marketo/setup');
  await setUp.keyboard.press('Alt+Shift+KeyM');
  await setUp.locator('#marketo-settings-tab-setup').focus();
  await setUp.keyboard.press('Enter');
  await setUp.locator('input[name="munchkinId"]').fill(`${SECRET} `);
  await setUp.locator('input[name="clientId"]').fill(CREDS.clientId);
  await setUp.locator('input[name="clientSecret"]').fill(`${SECRET}\t`);
  const secretBox = setUp.locator('msi-guide-overlay [data-msi-verdict="clientSecret"]');
  await secretBox.getByRole('button', { name: 'Fix' }).click();
  await setUp.locator('input[name="munchkinId"]').fill(CREDS.munchkinId);
  await expect(secretBox).toHaveAttribute('data-verdict', 'ok');
  await setUp.locator('msi-guide-overlay [data-msi-summary]').getByRole('button', { name: 'Check live' }).click();
  await expect(setUp.locator('msi-guide-overlay [data-live="valid"]')).toBeVisible();
  // Our overlay shows verdicts, never the values.
  expectNoSecret('the Set Up tab overlay', await setUp.locator('msi-guide-overlay').evaluate((el) => el.shadowRoot?.innerHTML ?? ''));

  // 3. The API Secret Key on the Marketo Sales Insight Config page.
  const vf = await context.newPage();
  await vf.goto('https://acme--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config?reset=1&delay=0');
  await vf.getByLabel('API Secret Key').fill(` ${API_KEY}`);
  await expect(vf.locator('msi-guide-overlay [data-msi-verdict="apiSecretKey"] [data-code="leading-trailing-space"]')).toBeVisible();
  expectNoSecret('the Salesforce overlay', await vf.locator('msi-guide-overlay').evaluate((el) => el.shadowRoot?.innerHTML ?? ''));

  // Every storage area of the extension, read in its worker.
  const areas = await worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as ChromeGlobal).chrome;
    return { local: await storage.local.get(null), sync: await storage.sync.get(null), session: await storage.session.get(null) };
  });
  for (const [area, items] of Object.entries(areas)) expectNoSecret(`chrome.storage.${area}`, JSON.stringify(items));
  // The progress record as stored (what a support report would be made from) exists and is clean.
  expect(areas.local).toHaveProperty('progress');
  expectNoSecret('the stored progress record', JSON.stringify(areas.local.progress));
  // Web storage of the extension's pages.
  expectNoSecret('the credentials page web storage', await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })));

  // Console output of every context. First prove the capture works in pages and in the worker.
  await page.evaluate(() => console.log('console-probe-page'));
  await worker.evaluate(() => console.log('console-probe-worker'));
  await expect.poll(() => ['console-probe-page', 'console-probe-worker'].every((probe) => consoleText.includes(probe))).toBe(true);
  expectNoSecret('console output', consoleText.join('\n'));
  stop();
});
