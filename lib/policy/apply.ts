import type { AppId } from '../pages/types';
import type { Preferences, ProgressState } from '../progress/types';
import type { ManagedSettings, PolicyReading } from './schema';

/** Which preference each managed setting decides. */
const PREF_OF = { language: 'locale', persona: 'persona', presenterMode: 'presenter' } as const satisfies Partial<Record<keyof ManagedSettings, keyof Preferences>>;

/** The managed host setting of each app. */
const HOST_OF = { marketo: 'marketoHost', 'sales-insight-actions': 'salesInsightActionsHost', salesforce: 'salesforceHost' } as const satisfies Record<AppId, keyof ManagedSettings>;

/** The preferences the organisation decides: the user cannot change them (the background refuses, views disable them). */
export function managedPrefs(values: ManagedSettings): Set<keyof Preferences> {
  return new Set((Object.keys(PREF_OF) as Array<keyof typeof PREF_OF>).filter((key) => values[key] !== undefined).map((key) => PREF_OF[key]));
}

/** The user's preferences with the organisation's values in their place: what the guide and every view use. */
export function effectivePrefs(prefs: Preferences, values: ManagedSettings): Preferences {
  return {
    locale: values.language ?? prefs.locale,
    persona: values.persona ?? prefs.persona,
    presenter: values.presenterMode ?? prefs.presenter,
  };
}

/** Progress as views and content scripts see it: stored progress with the effective preferences. */
export function withPolicy(state: ProgressState, policy: PolicyReading): ProgressState {
  const prefs = effectivePrefs(state.prefs, policy.values);
  const same = prefs.locale === state.prefs.locale && prefs.persona === state.prefs.persona && prefs.presenter === state.prefs.presenter;
  return same ? state : { ...state, prefs };
}

/** The instance host the organisation set for `app`, if any. */
export function managedHost(values: ManagedSettings, app: AppId): string | undefined {
  return values[HOST_OF[app]];
}

/** Whether the live credential check may run (allowed unless the organisation turned it off). */
export const liveCheckAllowed = (values: ManagedSettings): boolean => values.liveCredentialCheck !== false;

/** Whether the practice sandbox is offered (unless the organisation turned it off). */
export const practiceOffered = (values: ManagedSettings): boolean => values.practiceSandbox !== false;
