import { describe, expect, it } from 'vitest';
import { initialProgress } from '../../lib/progress/initial';
import { MAX_EVIDENCE_PER_STEP, recordEvidence, recordHostSeen, resetProgress, setPreferences, setStepStatus } from '../../lib/progress/reducers';
import { summarizeProgress } from '../../lib/progress/summary';
import { describeCount } from '../../lib/i18n/count-text';
import { GUIDE } from '../../lib/apps';

const T1 = '2026-11-20T10:00:00.000Z';
const T2 = '2026-11-20T12:30:00.000Z';
const entry = (rule: string, seenAt = T1) => ({ rule, host: 'app-ab12.marketo.com', page: 'marketo-admin-sales-insight' as const, seenAt });

describe('progress reducers', () => {
  it('marks a step by hand and records when', () => {
    const next = setStepStatus(initialProgress(), 'connect-marketo', 'done', T1);
    expect(next.steps['connect-marketo']).toEqual({ status: 'done', changedAt: T1, via: 'hand', evidence: [] });
    expect(next.steps['connect-salesforce'].status).toBe('todo');
  });

  it('returns the same state when nothing changes (no needless storage write)', () => {
    const state = initialProgress();
    expect(setStepStatus(state, 'invite-users', 'todo', T1)).toBe(state);
  });

  it('marks a step done from evidence, once, and keeps later sightings as evidence', () => {
    let state = recordEvidence(initialProgress(), 'setup-sales-account', entry('client-id-shown'), true);
    expect(state.steps['setup-sales-account']).toMatchObject({ status: 'done', via: 'evidence', changedAt: T1 });
    state = recordEvidence(state, 'setup-sales-account', entry('client-id-shown', T2), true);
    expect(state.steps['setup-sales-account'].changedAt).toBe(T1);
    expect(state.steps['setup-sales-account'].evidence).toEqual([entry('client-id-shown', T2)]);
  });

  it('keeps partial evidence without completing the step', () => {
    const state = recordEvidence(initialProgress(), 'configure-msi-salesforce', entry('ims-listed'), false);
    expect(state.steps['configure-msi-salesforce'].status).toBe('todo');
    expect(state.steps['configure-msi-salesforce'].evidence).toHaveLength(1);
  });

  it('caps evidence per step, newest first', () => {
    let state = initialProgress();
    for (let i = 0; i < MAX_EVIDENCE_PER_STEP + 5; i++) state = recordEvidence(state, 'invite-users', entry(`r${i}`), false);
    expect(state.steps['invite-users'].evidence).toHaveLength(MAX_EVIDENCE_PER_STEP);
    expect(state.steps['invite-users'].evidence[0]?.rule).toBe(`r${MAX_EVIDENCE_PER_STEP + 4}`);
  });

  it('reset forgets steps but keeps preferences and hosts', () => {
    let state = setStepStatus(initialProgress(), 'invite-users', 'done', T1);
    state = setPreferences(state, { locale: 'de' });
    state = recordHostSeen(state, 'marketo', 'app-ab12.marketo.com', T1);
    const reset = resetProgress(state);
    expect(reset.steps['invite-users'].status).toBe('todo');
    expect(reset.prefs.locale).toBe('de');
    expect(reset.hostsSeen).toHaveLength(1);
  });

  it('remembers hosts most recent first without rewriting the same host within the hour', () => {
    let state = recordHostSeen(initialProgress(), 'marketo', 'app-ab12.marketo.com', T1);
    const again = recordHostSeen(state, 'marketo', 'app-ab12.marketo.com', '2026-11-20T10:10:00.000Z');
    expect(again).toBe(state);
    state = recordHostSeen(state, 'sales-insight-actions', 'toutapp.com', T2);
    state = recordHostSeen(state, 'marketo', 'app-ab12.marketo.com', T2);
    expect(state.hostsSeen.map((h) => h.host)).toEqual(['app-ab12.marketo.com', 'toutapp.com']);
  });

  it('counts prerequisites and steps apart; a skipped step stays in the total; a persona counts only its steps', () => {
    let state = setStepStatus(initialProgress(), 'connect-marketo', 'done', T1);
    expect(summarizeProgress(state)).toEqual({ prerequisites: { done: 0, total: 2 }, steps: { done: 1, total: 8 }, skipped: 0, all: { done: 1, total: 10 } });
    state = setStepStatus(state, 'install-msi-package', 'skipped', T1);
    expect(summarizeProgress(state)).toEqual({ prerequisites: { done: 0, total: 2 }, steps: { done: 1, total: 8 }, skipped: 1, all: { done: 1, total: 10 } });
    const salesforceAdmin = summarizeProgress(state, 'salesforce-admin');
    expect(salesforceAdmin.all.total).toBe(GUIDE.filter((s) => s.personas.includes('salesforce-admin')).length);
    expect(salesforceAdmin.all.total).toBeLessThan(10);
    expect(describeCount('en', summarizeProgress(state))).toBe('0 of 2 prerequisites and 1 of 8 steps done · 1 skipped');
    expect(describeCount('de', summarizeProgress(state))).toBe('0 von 2 Voraussetzungen und 1 von 8 Schritten erledigt · 1 übersprungen');
  });
});
