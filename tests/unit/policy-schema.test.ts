import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectivePrefs, liveCheckAllowed, managedHost, managedPrefs, practiceOffered, withPolicy } from '../../lib/policy/apply';
import { MANAGED_PROPERTIES } from '../../lib/policy/managed-schema';
import { POLICY_KEYS, readPolicy } from '../../lib/policy/schema';
import { initialProgress } from '../../lib/progress/initial';

describe('reading a policy', () => {
  it('keeps valid values, normalising instance addresses to their host', () => {
    const reading = readPolicy({
      marketoHost: ' https://App-AB12.marketo.com/#ML0A1 ',
      salesInsightActionsHost: 'toutapp.com',
      salesforceHost: 'acme.lightning.force.com',
      language: 'de',
      persona: 'salesforce-admin',
      liveCredentialCheck: false,
      practiceSandbox: false,
      presenterMode: true,
    });
    expect(reading.ignored).toEqual([]);
    expect(reading.values).toEqual({
      marketoHost: 'app-ab12.marketo.com',
      salesInsightActionsHost: 'toutapp.com',
      salesforceHost: 'acme.lightning.force.com',
      language: 'de',
      persona: 'salesforce-admin',
      liveCredentialCheck: false,
      practiceSandbox: false,
      presenterMode: true,
    });
  });

  it.each([
    ['a host of another app', { marketoHost: 'acme.lightning.force.com' }],
    ['the Experience Cloud shell, which is no instance', { marketoHost: 'experience.adobe.com' }],
    ['a look-alike host', { salesforceHost: 'acme.lightning.force.com.evil.example' }],
    ['an http address', { marketoHost: 'http://app-ab12.marketo.com' }],
    ['an unknown language', { language: 'fr' }],
    ['a boolean as text', { liveCredentialCheck: 'false' }],
    ['a role that does not exist', { persona: 'everyone' }],
    ['an object where a value belongs', { presenterMode: { value: true } }],
  ])('ignores %s and says which key', (_name, raw) => {
    const reading = readPolicy(raw);
    expect(reading.values).toEqual({});
    expect(reading.ignored).toEqual([{ key: Object.keys(raw)[0], reason: 'invalid' }]);
  });

  it('ignores unknown keys (cut to a readable length) and keeps the valid rest', () => {
    const reading = readPolicy({ language: 'en', colour: 'blue', ['x'.repeat(500)]: 1 });
    expect(reading.values).toEqual({ language: 'en' });
    expect(reading.ignored).toEqual([
      { key: 'colour', reason: 'unknown' },
      { key: 'x'.repeat(60), reason: 'unknown' },
    ]);
  });

  it.each([null, undefined, 'de', 42, ['language']])('reads %j as no policy at all', (raw) => {
    expect(readPolicy(raw)).toEqual({ values: {}, ignored: [] });
  });
});

describe('applying a policy', () => {
  it('puts managed preferences over the user’s and leaves the rest as the user chose', () => {
    const state = { ...initialProgress(), prefs: { locale: 'en' as const, persona: 'marketo-admin' as const, presenter: false } };
    const { values } = readPolicy({ language: 'de', presenterMode: true });
    expect(effectivePrefs(state.prefs, values)).toEqual({ locale: 'de', persona: 'marketo-admin', presenter: true });
    expect(withPolicy(state, { values, ignored: [] }).prefs.locale).toBe('de');
    expect(withPolicy(state, { values: {}, ignored: [] })).toBe(state);
    expect([...managedPrefs(values)].sort()).toEqual(['locale', 'presenter']);
  });

  it('answers hosts, the live check and the sandbox from the policy, allowing both when unset', () => {
    const { values } = readPolicy({ salesforceHost: 'acme.my.salesforce.com', liveCredentialCheck: false });
    expect(managedHost(values, 'salesforce')).toBe('acme.my.salesforce.com');
    expect(managedHost(values, 'marketo')).toBeUndefined();
    expect(liveCheckAllowed(values)).toBe(false);
    expect(liveCheckAllowed({})).toBe(true);
    expect(practiceOffered({})).toBe(true);
    expect(practiceOffered(readPolicy({ practiceSandbox: false }).values)).toBe(false);
  });
});

describe('the documented policy', () => {
  it('Chrome’s managed schema lists every setting, each value list the one the policy reader accepts', () => {
    expect(Object.keys(MANAGED_PROPERTIES).sort()).toEqual([...POLICY_KEYS].sort());
    for (const [key, property] of Object.entries(MANAGED_PROPERTIES)) {
      for (const value of property.enum ?? []) expect(readPolicy({ [key]: value }).ignored, `${key}=${value}`).toEqual([]);
    }
  });

  it('README’s sample policies (Chrome and Firefox) hold only valid settings', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const samples = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const settings = samples.flatMap((sample) => {
      const policies = (sample.policies ?? sample) as { '3rdparty'?: { extensions?: object; Extensions?: object } };
      return Object.values(policies['3rdparty']?.extensions ?? policies['3rdparty']?.Extensions ?? {});
    });
    expect(settings).toHaveLength(2);
    for (const entry of settings) expect(readPolicy(entry).ignored).toEqual([]);
  });
});
