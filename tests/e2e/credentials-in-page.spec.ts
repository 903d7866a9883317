import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { checkCredentialSet } from '../../lib/credentials';
import { verdictMessage } from '../../lib/credentials/live-messages';
import type { CredentialSet } from '../../lib/credentials/types';
import { createIdentityFake, type IdentityMode } from '../harness/identity-fake';
import { CREDS, allowIdentityHosts, fillCredentials, openCredentialsPage } from './credentials-helpers';
import { test, expect, type ExtensionSession } from './fixtures';

const HOST = '123-ABC-456.mktorest.com';
const box = (page: Page, field: string) => page.locator(`msi-guide-overlay [data-msi-verdict="${field}"]`);
const summary = (page: Page) => page.locator('msi-guide-overlay [data-msi-summary]');

/** Sales Insight Actions › Settings › Marketo, Set Up tab, with the guide's callout minimised. */
async function openSetUpTab(session: ExtensionSession, lang = 'en'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`https://toutapp.com/next?reset=1&delay=0&lang=${lang}#settings/admin/marketo`);
  await expect(page.locator('msi-guide-overlay [role="dialog"]')).toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyM');
  // Focus and Enter: the tab is the guide's target and sits under its callout.
  await page.locator('#marketo-settings-tab-setup').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('input[name="clientSecret"]')).toBeVisible();
  return page;
}

async function fillSetUp(page: Page, values: CredentialSet) {
  for (const [name, value] of Object.entries(values)) await page.locator(`input[name="${name}"]`).fill(value);
}

const ID = CREDS.clientId;
const SECRET = CREDS.clientSecret;
/** One paste mistake per row: the field, the pasted value, the finding codes, the value after "Fix" (null: no safe fix). */
const PROBLEMS: Array<[keyof CredentialSet, string, string[], string | null]> = [
  ['munchkinId', ' 123-ABC-456', ['leading-trailing-space'], '123-ABC-456'],
  ['munchkinId', '123-abc-456', ['lowercase-munchkin'], '123-ABC-456'],
  ['munchkinId', 'https://123-abc-456.mktorest.com/rest', ['munchkin-is-url'], '123-ABC-456'],
  ['munchkinId', 'admin@acme.example', ['email-in-field'], null],
  ['clientId', `${ID}\u200B`, ['invisible-character'], ID],
  ['clientId', `\u00A0${ID}`, ['invisible-character'], ID],
  ['clientId', ID.slice(0, 30), ['truncated'], null],
  ['clientId', 'https://app-ab12.marketo.com', ['url-in-field'], null],
  ['clientSecret', `${SECRET}\t`, ['tab'], SECRET],
  ['clientSecret', SECRET.slice(0, 28), ['truncated'], null],
  ['clientSecret', `“${SECRET}”`, ['wrapping-quotes'], null],
  ['clientSecret', 'not a secret at all', ['inner-space', 'not-32-alphanumerics'], null],
];

test.describe('credential checks on the Set Up tab (Sales Insight Actions)', () => {
  test('each paste mistake gets its verdict beside the field, and the safe ones a Fix', async ({ session }) => {
    const page = await openSetUpTab(session);
    for (const [field, value, codes, fixed] of PROBLEMS) {
      const values = { ...CREDS, [field]: value };
      await fillSetUp(page, values);
      const verdict = box(page, field);
      await expect(verdict, `${field}: ${JSON.stringify(value)}`).toHaveAttribute('data-verdict', /error|warning/);
      await expect(verdict.locator('[data-code] > span')).toHaveText(checkCredentialSet(values).filter((f) => f.field === field).map((f) => f.message.en));
      expect(await verdict.locator('[data-code]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')))).toEqual(codes);
      const fix = verdict.getByRole('button', { name: 'Fix' });
      if (fixed === null) {
        await expect(fix).toHaveCount(0);
        continue;
      }
      await fix.first().click();
      // The fix goes through the field like typing (input event), and the check runs again.
      await expect(page.locator(`input[name="${field}"]`)).toHaveValue(fixed);
      await expect(verdict).toHaveAttribute('data-verdict', 'ok');
      await expect(verdict).toHaveText('Looks right.');
    }
    await fillSetUp(page, CREDS);
    await expect(summary(page)).toContainText('The values look right.');
    // Nothing is changed without a click: a pasted value stays as pasted.
    await page.locator('input[name="clientId"]').fill(` ${ID}`);
    await expect(box(page, 'clientId')).toHaveAttribute('data-verdict', 'error');
    await expect(page.locator('input[name="clientId"]')).toHaveValue(` ${ID}`);
  });

  test('swapped Client ID and Secret are reported on both fields; the summary counts the fields', async ({ session }) => {
    const page = await openSetUpTab(session);
    await fillSetUp(page, { ...CREDS, clientId: SECRET, clientSecret: ID });
    for (const field of ['clientId', 'clientSecret']) await expect(box(page, field).locator('[data-code="swapped-id-secret"]')).toBeVisible();
    await expect(summary(page)).toContainText('Fields to correct: 2.');
  });

  test('every live outcome from "Check live", and the way to the permission when it is missing', async ({ session, server }) => {
    test.setTimeout(120_000);
    const fake = createIdentityFake();
    const stop = server.use(fake.handler);
    const page = await openSetUpTab(session);
    await fillSetUp(page, CREDS);
    const checkLive = summary(page).getByRole('button', { name: 'Check live' });

    // Content scripts cannot ask for the host permission: the verdict sends the admin to the page that can.
    await checkLive.click();
    const denied = summary(page).locator('[data-live="permission-denied"]');
    await expect(denied).toContainText(verdictMessage('permission-denied', { host: HOST }).en);
    await expect(denied).toContainText(`chrome-extension://${session.extensionId}/credentials.html`);
    expect(fake.requests).toHaveLength(0);

    // Granted once on the credentials page, the live check works from the Set Up tab.
    await allowIdentityHosts(session);
    const credentials = await openCredentialsPage(session);
    await fillCredentials(credentials, CREDS);
    await credentials.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(credentials.locator('[data-live="valid"]')).toBeVisible();
    await page.bringToFront();

    const outcomes: Array<[IdentityMode, string, string]> = [
      ['valid', 'valid', verdictMessage('valid', { apiUser: 'api-user@acme.example' }).en],
      ['bad-credentials', 'bad-credentials', verdictMessage('bad-credentials', { status: 401, host: HOST }).en],
      ['server-error', 'server-error', verdictMessage('server-error', { status: 500, host: HOST }).en],
      ['garbage', 'malformed-response', verdictMessage('malformed-response', { status: 200, host: HOST }).en],
      ['refused', 'unknown-munchkin-or-network', verdictMessage('unknown-munchkin-or-network', { host: HOST }).en],
      ['slow', 'timeout', verdictMessage('timeout', { timeoutMs: 10_000 }).en],
    ];
    for (const [mode, outcome, message] of outcomes) {
      fake.mode = mode;
      await checkLive.click();
      await expect(summary(page).locator(`[data-live="${outcome}"]`), mode).toHaveText(message, { timeout: mode === 'slow' ? 15_000 : 10_000 });
      await expect(checkLive).toBeEnabled();
    }
    stop();
  });

  test('German: verdicts and the live answer in the guide language; axe finds no violations with verdicts shown', async ({ launch, server }) => {
    const fake = createIdentityFake('bad-credentials');
    const stop = server.use(fake.handler);
    const session = await launch({ locale: 'de-DE' });
    const page = await openSetUpTab(session, 'de');
    const values = { munchkinId: '123-abc-456', clientId: `${ID} `, clientSecret: SECRET.slice(0, 30) };
    await fillSetUp(page, values);
    for (const field of ['munchkinId', 'clientId', 'clientSecret'] as const) {
      await expect(box(page, field).locator('[data-code] > span')).toHaveText(checkCredentialSet(values).filter((f) => f.field === field).map((f) => f.message.de));
    }
    await expect(summary(page)).toContainText('Zu korrigierende Felder: 3.');
    await expect(box(page, 'clientId').getByRole('button', { name: 'Korrigieren' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // With format errors the background sends nothing to Marketo and says which fields to correct first.
    await summary(page).getByRole('button', { name: 'Live prüfen' }).click();
    await expect(summary(page).locator('[data-live="invalid-input"]')).toHaveText(verdictMessage('invalid-input', { fields: ['clientId', 'clientSecret'] }).de);
    expect(fake.requests).toHaveLength(0);
    stop();
  });
});

test.describe('credential checks in Salesforce', () => {
  test('Remote Site URL: checked against the site it resembles, or against both', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://acme.my.salesforce.com/0rp/e?setupid=SecurityRemoteProxy&reset=1&delay=0');
    const url = page.locator('input#EndpointUrl');
    const verdict = box(page, 'remoteSiteUrl');

    await url.fill('http://ims-na1.adobelogin.com');
    await expect(verdict.locator('[data-code="remote-site-http"]')).toContainText('must start with https://');
    await verdict.getByRole('button', { name: 'Fix' }).click();
    await expect(url).toHaveValue('https://ims-na1.adobelogin.com');
    await expect(verdict).toHaveAttribute('data-verdict', 'ok');

    await url.fill('https://mkto-sales-connect.adobe.io/');
    await expect(verdict.locator('[data-code="remote-site-trailing-slash"]')).toContainText('https://mkto-sales-connect.adobe.io');
    await expect(verdict).toHaveAttribute('data-verdict', 'warning');

    await url.fill('https://www.example.com');
    await expect(verdict.locator('[data-code="remote-site-mismatch"]')).toHaveText('Enter exactly one of https://ims-na1.adobelogin.com or https://mkto-sales-connect.adobe.io');
    await expect(verdict.getByRole('button', { name: 'Fix' })).toHaveCount(0);
  });

  test('API Secret Key: format and paste hygiene on the Marketo Sales Insight Config page', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://acme--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config?reset=1&delay=0');
    const key = page.getByLabel('API Secret Key');
    await key.fill(' s3cr3t\u200B');
    const verdict = box(page, 'apiSecretKey');
    await expect(verdict.locator('[data-code] > span')).toHaveText([/starts or ends with a space/, /invisible characters/, /shorter than 8 characters/]);
    // "Remove spaces at the ends" takes the zero-width space at the end with it (both are blanks there).
    await verdict.locator('[data-code="leading-trailing-space"]').getByRole('button', { name: 'Fix' }).click();
    await expect(key).toHaveValue('s3cr3t');
    await expect(verdict.locator('[data-code]')).toHaveCount(1);
    await expect(verdict.locator('[data-code="api-secret-key-too-short"]')).toBeVisible();
  });
});

test.describe('Copy buttons on the Integration Information card (Marketo)', () => {
  test('copy the exact Client ID and Client Secret, without invisible characters', async ({ session }) => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://app-ab12.marketo.com' });
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&state=invited&delay=0&tab=actions#SI0A1');
    const value = (label: string) => page.locator('.x4-form-item', { has: page.locator('label', { hasText: label }) }).locator('.x4-form-display-field');
    await expect(value('Client ID')).toHaveText(ID);
    // As if the card's text carried paste debris: a zero-width space and spaces around the value.
    await value('Client ID').evaluate((el, id) => (el.textContent = ` \u200B${id}\u00A0 `), ID);
    await value('Client Secret').scrollIntoViewIfNeeded();

    const copyId = page.locator('msi-guide-overlay [data-msi-copy="marketo.integration.client-id"]');
    await expect(copyId).toHaveAccessibleName('Copy: Client ID');
    await copyId.click();
    await expect(copyId).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ID);

    await page.locator('msi-guide-overlay [data-msi-copy="marketo.integration.client-secret"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SECRET);

    // A modal window over the card hides the buttons: our layer is above it and must not catch its clicks.
    await page.locator('a.x4-btn', { hasText: /^Sync$/ }).click();
    await expect(page.locator('.x4-window')).toBeVisible();
    await expect(page.locator('msi-guide-overlay [data-msi-copy]')).toHaveCount(0);
  });

  test('no Copy button while the card shows no values yet', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&state=fresh&delay=0&tab=actions#SI0A1');
    await expect(page.locator('.mkt-actions-config')).toBeVisible();
    // The guide runs on this page (its callout is up), and the card shows no values: no Copy button.
    await expect(page.locator('msi-guide-overlay [role="dialog"]')).toBeVisible();
    await expect(page.locator('msi-guide-overlay [data-msi-copy]')).toHaveCount(0);
    // The same assist shows them as soon as the first invite issues the credentials: it was watching.
    await page.locator('.x4-form-cb-label', { hasText: 'Anna Becker' }).click();
    await page.locator('a.x4-btn', { hasText: 'Send Invite' }).click();
    await expect(page.locator('msi-guide-overlay [data-msi-copy="marketo.integration.client-id"]')).toBeVisible();
  });
});
