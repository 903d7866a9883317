import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/report/build';
import { toJson } from '../../lib/report/json';
import { toMarkdown } from '../../lib/report/markdown';
import { containsSecretLike, isSecretLike, redactReport } from '../../lib/report/redact';
import type { CompletionReport } from '../../lib/report/types';
import { HOST, META, sampleProgress, T1 } from './report-helpers';

const SECRET = 'Qm7ZkR2xVt9LpW4nHs8YcJ3dFg6BaE1u';
const CLIENT_ID = '3f2b8c1e-7a4d-4e9b-9c2a-5d8e1f0a6b73';
const EMAIL = 'anna.becker@example.com';

describe('secret guard', () => {
  it('flags e-mail addresses, UUIDs and 32-character generated tokens', () => {
    for (const text of [SECRET, CLIENT_ID, EMAIL, `key=${SECRET}`, 'Jonas <jonas.wagner@example.co.uk>', 'abcdefghij0123456789abcdefghij01']) {
      expect(isSecretLike(text), text).toBe(true);
    }
  });

  it('leaves what a report legitimately holds alone', () => {
    for (const text of [
      HOST,
      'acme--uat.sandbox.my.salesforce.com',
      T1,
      'marketo.sales-insight.actions-config-tab',
      's1-client-id-shown',
      'Chrome 140',
      '0.1.0',
      // A long lower-case host label is a name, not a token.
      'verylongcompanynameforthisinstance.my.salesforce.com',
    ]) {
      expect(isSecretLike(text), text).toBe(false);
    }
    expect(containsSecretLike(buildReport(sampleProgress(), META))).toBe(false);
  });

  it('strips whole entries that carry a secret-like value, keeping the report valid', () => {
    const report = buildReport(sampleProgress(), META);
    const s1 = report.steps.find((s) => s.id === 'setup-sales-account')!;
    const poisoned: CompletionReport = {
      ...report,
      browser: `Chrome ${SECRET}`,
      hostsSeen: [...report.hostsSeen, { app: 'salesforce', host: `${EMAIL}`, lastSeen: T1 }],
      steps: report.steps.map((s) =>
        s === s1
          ? { ...s, evidence: [...s.evidence, { rule: SECRET.toLowerCase(), host: HOST, page: 'marketo-admin-sales-insight', seenAt: T1 }], timing: { startedAt: SECRET, completedAt: T1, notFound: 2 } }
          : s,
      ),
    };
    const clean = redactReport(poisoned);
    expect(containsSecretLike(clean)).toBe(false);
    expect(clean.browser).toBe('redacted');
    expect(clean.hostsSeen).toEqual(report.hostsSeen);
    expect(clean.steps.find((s) => s.id === 'setup-sales-account')!.evidence).toEqual(s1.evidence);
    // A timing keeps its count and real times; a "time" that is a secret becomes "not known".
    expect(clean.steps.find((s) => s.id === 'setup-sales-account')!.timing).toEqual({ startedAt: null, completedAt: T1, notFound: 2 });
    // The exports run the guard too.
    for (const out of [toJson(poisoned), toMarkdown(poisoned, 'en'), toMarkdown(poisoned, 'de')]) {
      expect(out).not.toContain(SECRET);
      expect(out).not.toContain(SECRET.toLowerCase());
      expect(out).not.toContain(EMAIL);
    }
  });

  it('no guide text that goes into a Markdown export looks like a secret', () => {
    for (const locale of ['en', 'de'] as const) expect(isSecretLike(toMarkdown(buildReport(sampleProgress(), META), locale))).toBe(false);
  });
});
