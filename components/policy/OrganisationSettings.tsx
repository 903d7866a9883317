import type { Locale } from '../../lib/i18n/locale';
import { POLICY_SETTING_NAMES, policyText } from '../../lib/i18n/policy-text';
import { uiText } from '../../lib/i18n/ui-text';
import { POLICY_KEYS, type ManagedSettings, type PolicyKey, type PolicyReading } from '../../lib/policy/schema';

/** How a managed value reads: on/off, the language's or role's name, or the address itself. */
function shownValue<K extends PolicyKey>(key: K, value: NonNullable<ManagedSettings[K]>, locale: Locale): string {
  if (typeof value === 'boolean') return policyText(locale, value ? 'policyOn' : 'policyOff');
  if (key === 'language') return value === 'de' ? 'Deutsch' : 'English';
  if (key === 'persona') return uiText(locale, value === 'marketo-admin' ? 'personaMarketo' : value === 'salesforce-admin' ? 'personaSalesforce' : 'personaBoth');
  return String(value);
}

/**
 * What the organisation's policy sets, each marked "Set by your organisation", and every policy entry that
 * was ignored with why. Nothing when there is no policy. Shown in the popup's settings and on the report.
 */
export function OrganisationSettings({ policy, locale }: { policy: PolicyReading; locale: Locale }) {
  const set = POLICY_KEYS.filter((key) => policy.values[key] !== undefined);
  if (set.length === 0 && policy.ignored.length === 0) return null;
  return (
    <section class="organisation" aria-labelledby="organisation-heading" data-testid="organisation-settings">
      <h2 id="organisation-heading">{policyText(locale, 'policyHeading')}</h2>
      {set.length > 0 && (
        <dl>
          {set.map((key) => (
            <div key={key} data-policy={key}>
              <dt>{POLICY_SETTING_NAMES[key][locale]}</dt>
              <dd>
                {shownValue(key, policy.values[key]!, locale)} <span class="managed-badge">{policyText(locale, 'managedBadge')}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {policy.ignored.map(({ key, reason }) => (
        <p key={key} class="policy-note" role="note" data-ignored={key}>
          {reason === 'invalid'
            ? policyText(locale, 'policyIgnoredInvalid', { key, setting: POLICY_SETTING_NAMES[key as PolicyKey][locale] })
            : policyText(locale, 'policyIgnoredUnknown', { key })}
        </p>
      ))}
    </section>
  );
}
