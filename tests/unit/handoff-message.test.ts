import { describe, expect, it } from 'vitest';
import { buildHandoff, doneInReport, handoffFileName, handoffSteps } from '../../lib/handoff';
import { REMOTE_SITE_URLS } from '../../lib/apps/salesforce/remote-sites';
import { isSecretLike } from '../../lib/report/redact';
import { LOCALES } from '../../lib/i18n/locale';
import type { ReportStep } from '../../lib/report/types';

const FORMATS = ['markdown', 'plain'] as const;
const CASES = LOCALES.flatMap((locale) => FORMATS.map((format) => [locale, format] as const));

describe('the hand-off message', () => {
  it('hands off exactly the Salesforce Admin’s steps 7 and 8', () => {
    expect(handoffSteps().map((s) => s.number)).toEqual([7, 8]);
  });

  it.each(CASES)('%s %s: names both steps, both remote-site URLs exactly, where the key goes, how to report back', (locale, format) => {
    const text = buildHandoff(locale, format);
    for (const step of handoffSteps()) expect(text).toContain(step.title[locale]);
    for (const url of REMOTE_SITE_URLS) expect(text).toMatch(new RegExp(`(^|[\\s\`])${url.replace(/[./]/g, '\\$&')}([\\s\`]|$)`, 'm'));
    expect(text).toContain(locale === 'en' ? 'API Secret Key (step 8): The "API Secret Key" field' : 'API-Geheimschlüssel (Schritt 8): Das Feld „API-Geheimschlüssel“');
    expect(text).toContain(locale === 'en' ? 'Remote Site URLs (step 8)' : 'Remote-Site-URLs (Schritt 8)');
    expect(text).toContain(locale === 'en' ? 'Download JSON' : 'JSON herunterladen');
  });

  it.each(CASES)('%s %s: carries nothing shaped like a secret or an e-mail address', (locale, format) => {
    const text = buildHandoff(locale, format);
    expect(isSecretLike(text)).toBe(false);
    expect(text).not.toMatch(/@[a-z]/i);
  });

  it('writes Markdown headings and code for exact values; plain text without Markdown marks', () => {
    const md = buildHandoff('en', 'markdown');
    expect(md).toMatch(/^# MSI Actions setup/);
    expect(md).toContain('### Step 7: ');
    expect(md).toContain('- `https://ims-na1.adobelogin.com`');
    const plain = buildHandoff('de', 'plain');
    expect(plain).not.toMatch(/^#|`/m);
    expect(plain).toContain('Schritt 8: MSI Actions in Salesforce konfigurieren');
    expect(plain).toContain('    https://mkto-sales-connect.adobe.io');
  });

  it('names its file by language and format', () => {
    expect(handoffFileName('en', 'markdown')).toBe('msi-setup-handoff-salesforce-en.md');
    expect(handoffFileName('de', 'plain')).toBe('msi-einrichtung-uebergabe-salesforce-de.txt');
  });
});

describe('reading the Salesforce Admin’s report back', () => {
  const step = (id: ReportStep['id'], status: ReportStep['status'], via: ReportStep['via']): Pick<ReportStep, 'id' | 'status' | 'via'> => ({ id, status, via });

  it('takes the handed-off steps done there, by hand or verified, and nothing else', () => {
    const steps = [
      step('connect-marketo', 'done', 'evidence'),
      step('install-msi-package', 'done', 'evidence'),
      step('configure-msi-salesforce', 'done', 'hand'),
    ] as ReportStep[];
    expect(doneInReport({ steps })).toEqual(['install-msi-package', 'configure-msi-salesforce']);
  });

  it('ignores steps not done there, and second-hand “done elsewhere” ones', () => {
    const steps = [step('install-msi-package', 'in-progress', 'hand'), step('configure-msi-salesforce', 'done', 'elsewhere')] as ReportStep[];
    expect(doneInReport({ steps })).toEqual([]);
  });
});
