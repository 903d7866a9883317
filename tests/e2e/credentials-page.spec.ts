import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { checkCredentialSet } from '../../lib/credentials';
import { FIX_LABELS } from '../../lib/credentials/fix-labels';
import { verdictMessage } from '../../lib/credentials/live-messages';
import type { FixKind } from '../../lib/credentials/types';
import { credentialsText } from '../../components/credentials/text';
import { plural } from '../../lib/i18n/define-text';
import { API_USER, createIdentityFake, type IdentityMode } from '../harness/identity-fake';
import { CREDS, allowIdentityHosts, denyPermissionPrompts, fillCredentials, openCredentialsPage, verdict } from './credentials-helpers';
import { test, expect } from './fixtures';

const HOST = '123-ABC-456.mktorest.com';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const [browserLocale, lang] of [
  ['en-US', 'en'],
  ['de-DE', 'de'],
] as const) {
  const t = (key: Parameters<typeof credentialsText>[1], params?: Record<string, string | number>) => credentialsText(lang, key, params);
  const fixButton = (kind: FixKind) => t('fixPrefix', { label: FIX_LABELS[kind][lang] });

  test.describe(`credentials.html (${lang})`, () => {
    test('format problems: findings per field with Fix buttons, nothing sent to Marketo, axe clean', async ({ launch, server }) => {
      const fake = createIdentityFake();
      const stop = server.use(fake.handler);
      const session = await launch({ locale: browserLocale });
      const page = await openCredentialsPage(session);
      await expect(page.locator('h1')).toHaveText(t('title'));
      await expect(page).toHaveTitle(new RegExp(t('title')));

      const pasted = { munchkinId: ' https://123-abc-456.mktorest.com/rest', clientId: `${CREDS.clientId}\u200b`, clientSecret: `${CREDS.clientSecret} ` };
      await fillCredentials(page, pasted);
      await page.getByRole('button', { name: t('check'), exact: true }).click();

      const status = verdict(page);
      await expect(status.locator('[data-summary]')).toHaveText(plural(credentialsText, lang, 'summaryErrors', 3));
      // Every finding the checks report, with its message in this language.
      for (const finding of checkCredentialSet(pasted)) {
        await expect(status.locator(`[data-field="${finding.field}"] [data-code="${finding.code}"]`)).toContainText(finding.message[lang]);
      }
      await expect(status.locator('[data-live="skipped"]')).toContainText(t('liveSkipped'));
      await expect(page.locator('#field-clientSecret')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      // Fix buttons repair the values locally and move focus into the repaired field.
      await status.getByRole('button', { name: fixButton('extract-munchkin') }).click();
      await expect(page.locator('#field-munchkinId')).toHaveValue('123-ABC-456');
      await expect(page.locator('#field-munchkinId')).toBeFocused();
      await status.getByRole('button', { name: fixButton('remove-invisible') }).click();
      await expect(page.locator('#field-clientId')).toHaveValue(CREDS.clientId);
      await status.getByRole('button', { name: fixButton('trim') }).click();
      await expect(page.locator('#field-clientSecret')).toHaveValue(CREDS.clientSecret);
      await expect(status.locator('[data-summary]')).toHaveText(t('summaryOk'));
      // The live test section stays, saying that Check runs it now; a Fix sends nothing.
      await expect(status.locator('[data-live="ready"]')).toContainText(t('liveReady'));
      expect(fake.requests).toHaveLength(0);

      // The secret is masked until "Show secret" is pressed.
      await expect(page.locator('#field-clientSecret')).toHaveAttribute('type', 'password');
      await page.getByRole('button', { name: t('showSecret') }).click();
      await expect(page.locator('#field-clientSecret')).toHaveAttribute('type', 'text');
      await expect(page.getByRole('button', { name: t('showSecret') })).toHaveAttribute('aria-pressed', 'true');
      stop();
    });

    test('swapped Client ID and Client Secret: said once, one Swap repairs both', async ({ launch }) => {
      const session = await launch({ locale: browserLocale });
      const page = await openCredentialsPage(session);
      await fillCredentials(page, { munchkinId: '123-ABC-456', clientId: CREDS.clientSecret, clientSecret: CREDS.clientId });
      await page.getByRole('button', { name: t('check'), exact: true }).click();
      const status = verdict(page);
      await expect(status.locator('[data-summary]')).toHaveText(plural(credentialsText, lang, 'summaryErrors', 2));
      await expect(status.getByRole('button', { name: fixButton('swap') })).toHaveCount(1);
      await expect(status.locator('[data-field="clientSecret"]')).toContainText(t('fieldSwapped'));
      await status.getByRole('button', { name: fixButton('swap') }).click();
      await expect(page.locator('#field-clientId')).toHaveValue(CREDS.clientId);
      await expect(page.locator('#field-clientSecret')).toHaveValue(CREDS.clientSecret);
      await expect(status.locator('[data-summary]')).toHaveText(t('summaryOk'));
    });

    test('every live outcome against the identity endpoint, from the keyboard', async ({ launch, server }) => {
      test.setTimeout(90_000);
      const fake = createIdentityFake();
      const stop = server.use(fake.handler);
      const session = await launch({ locale: browserLocale });
      await allowIdentityHosts(session);
      const page = await openCredentialsPage(session);
      await fillCredentials(page, CREDS);

      const outcomes: Array<[IdentityMode, string, string]> = [
        ['valid', 'valid', verdictMessage('valid', { apiUser: API_USER })[lang]],
        ['bad-credentials', 'bad-credentials', verdictMessage('bad-credentials', { status: 401, host: HOST })[lang]],
        ['server-error', 'server-error', verdictMessage('server-error', { status: 500, host: HOST })[lang]],
        ['garbage', 'malformed-response', verdictMessage('malformed-response', { status: 200, host: HOST })[lang]],
        ['refused', 'unknown-munchkin-or-network', verdictMessage('unknown-munchkin-or-network', { host: HOST })[lang]],
        ['slow', 'timeout', verdictMessage('timeout', { timeoutMs: 10_000 })[lang]],
      ];
      for (const [mode, outcome, message] of outcomes) {
        fake.mode = mode;
        // Enter in a field submits the form: the check runs from the keyboard too.
        await page.locator('#field-clientSecret').focus();
        await page.keyboard.press('Enter');
        const live = verdict(page).locator(`[data-live="${outcome}"]`);
        await expect(live, mode).toContainText(message, { timeout: mode === 'slow' ? 15_000 : 10_000 });
        if (outcome === 'valid') {
          await expect(live).toContainText(t('liveApiUser', { user: API_USER }));
          await expect(live).toContainText(t('liveLifetime', { seconds: 3599, minutes: 60 }));
          await expectNoAxeViolations(page);
        }
      }
      // One GET per check, with the credentials as query parameters and no cookie.
      expect(fake.requests.filter((r) => r.grantType === 'client_credentials').length).toBeGreaterThanOrEqual(outcomes.length);
      for (const request of fake.requests) {
        expect(request).toMatchObject({ method: 'GET', cookie: false });
        expect(request.params).toEqual(['grant_type', 'client_id', 'client_secret']);
      }
      stop();
    });

    test('refused permission: the verdict explains it and nothing is sent', async ({ launch, server }) => {
      const fake = createIdentityFake();
      const stop = server.use(fake.handler);
      const session = await launch({ locale: browserLocale });
      const page = await session.context.newPage();
      await denyPermissionPrompts(page);
      await openCredentialsPage(session, page);
      await fillCredentials(page, { ...CREDS, munchkinId: '123-abc-456' });
      await page.getByRole('button', { name: t('check'), exact: true }).click();
      const live = verdict(page).locator('[data-live="permission-denied"]');
      await expect(live).toContainText(verdictMessage('permission-denied', { host: HOST })[lang]);
      await expect(live).toContainText(t('refusedHint', { host: HOST }));
      // The format checks ran anyway (a lower-case Munchkin ID is only a warning).
      await expect(verdict(page).locator('[data-field="munchkinId"] [data-code="lowercase-munchkin"]')).toBeVisible();
      expect(fake.requests).toHaveLength(0);
      await expectNoAxeViolations(page);
      stop();
    });
  });
}

test('the popup links to the Check credentials page', async ({ session }) => {
  const popup = await session.openPopup();
  const link = popup.getByRole('link', { name: 'Check credentials' });
  await expect(link).toHaveAttribute('href', '/credentials.html');
  const [tab] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
  await expect(tab.locator('h1')).toHaveText('Check credentials');
});
