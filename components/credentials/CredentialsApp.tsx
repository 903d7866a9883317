import { useEffect } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { Locale } from '../../lib/i18n/locale';
import type { ProgressView } from '../../stores/progress-view';
import { LocaleContext } from '../locale-context';
import { useStoreSlice } from '../use-store';
import { CheckVerdict } from './CheckVerdict';
import { CredentialsForm } from './CredentialsForm';
import { credentialsText } from './text';
import { liveCheckAllowed } from '../../lib/policy/apply';
import { policyText } from '../../lib/i18n/policy-text';
import { useCredentialCheck, type CredentialKey, type CredentialsDeps } from './use-credential-check';

export interface CredentialsAppProps {
  /** Stored progress, for the language preference (the page never writes it). */
  view: StoreApi<ProgressView>;
  browserLocale: Locale;
  deps: CredentialsDeps;
}

/** The "Check credentials" page: the three fields, the Check button and the verdict. */
export function CredentialsApp({ view, browserLocale, deps }: CredentialsAppProps) {
  const chosen = useStoreSlice(view, (s) => s.progress.prefs.locale);
  const liveAllowed = useStoreSlice(view, (s) => liveCheckAllowed(s.policy.values));
  const locale = chosen ?? browserLocale;
  const state = useCredentialCheck(deps);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${credentialsText(locale, 'title')} – MSI Actions Setup Guide`;
  }, [locale]);

  const fix: Parameters<typeof CheckVerdict>[0]['onFix'] = (finding) => {
    const field = state.applyFix(finding);
    // The Fix button disappears with its finding: keep keyboard users in the field that changed.
    if (field) focusField(field);
  };

  return (
    <LocaleContext.Provider value={locale}>
      <main lang={locale} class="credentials">
        <h1>{credentialsText(locale, 'title')}</h1>
        <p class="intro">{credentialsText(locale, 'intro')}</p>
        {!liveAllowed && (
          <p class="managed-note" data-testid="live-check-off">
            {policyText(locale, 'liveCheckOff')} <span class="managed-badge">{policyText(locale, 'managedBadge')}</span>
          </p>
        )}
        <CredentialsForm values={state.values} phase={state.phase} findings={state.outcome?.findings ?? []} onEdit={state.edit} onCheck={state.check} />
        <CheckVerdict phase={state.phase} outcome={state.outcome} failure={state.failure} onFix={fix} />
      </main>
    </LocaleContext.Provider>
  );
}

function focusField(key: CredentialKey) {
  // After Preact has re-rendered, so the field holds its fixed value.
  setTimeout(() => document.getElementById(`field-${key}`)?.focus(), 0);
}
