import { initialProgress } from '../../lib/progress/initial';
import { recordDiagnostic, recordEvidence, recordHostSeen, setStepStatus } from '../../lib/progress/reducers';
import { countNotFound, trackTimings } from '../../lib/progress/timings';
import type { ProgressState } from '../../lib/progress/types';
import type { ReportMeta } from '../../lib/report/types';

/** 4 min 12 s before T1: when step 3 (connect-marketo) started. */
export const T0 = '2026-11-20T09:55:48.000Z';
export const T1 = '2026-11-20T10:00:00.000Z';
export const T2 = '2026-11-20T10:05:00.000Z';
export const HOST = 'app-ab12.marketo.com';

export const META: ReportMeta = { generatedAt: '2026-11-21T08:30:00.000Z', extensionVersion: '0.1.0', browser: 'Chrome 140', uiLanguage: 'en' };

/**
 * Progress with one step marked by hand (started at T0, its target not found 3 times, done at T1), one
 * done from evidence, one skipped, a host and a diagnostic.
 */
export function sampleProgress(): ProgressState {
  let state = initialProgress();
  for (let i = 0; i < 3; i++) state = countNotFound(state, 'connect-marketo', T0);
  state = trackTimings(state, setStepStatus(state, 'connect-marketo', 'done', T1), T1);
  state = setStepStatus(state, 'install-msi-package', 'skipped', T1);
  state = recordEvidence(state, 'setup-sales-account', { rule: 's1-client-id-shown', host: HOST, page: 'marketo-admin-sales-insight', seenAt: T2 }, true);
  state = recordHostSeen(state, 'marketo', HOST, T2);
  state = recordDiagnostic(state, {
    target: 'marketo.sales-insight.actions-config-tab',
    step: 'prereq-msi-enabled',
    host: HOST,
    page: 'marketo-admin-sales-insight',
    at: T1,
    tried: [
      { way: 0, by: 'css', outcome: 'none' },
      { way: 1, by: 'text', lang: 'en', outcome: 'ambiguous' },
      { way: 2, by: 'text', lang: 'de', outcome: 'hidden' },
    ],
  });
  return state;
}
