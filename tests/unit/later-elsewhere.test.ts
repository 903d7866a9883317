import { describe, expect, it } from 'vitest';
import { GUIDE } from '../../lib/apps';
import { STEP_IDS, type StepId } from '../../lib/guide/types';
import type { StepStatus } from '../../lib/progress/types';
import { laterElsewhere, numberRuns } from '../../lib/progress/later-elsewhere';
import { describeLater, laterLines, numberList } from '../../lib/i18n/later-text';
import { guideContext } from '../../entrypoints/background/guide-handlers';
import { initialProgress } from '../../lib/progress/initial';
import { setStepStatus } from '../../lib/progress/reducers';

function statuses(done: StepId[] = [], skipped: StepId[] = []): Record<StepId, StepStatus> {
  return Object.fromEntries(STEP_IDS.map((id) => [id, done.includes(id) ? 'done' : skipped.includes(id) ? 'skipped' : 'todo'])) as Record<StepId, StepStatus>;
}
const PREREQS: StepId[] = ['prereq-msi-enabled', 'prereq-salesforce-sync'];

describe('laterElsewhere: open steps of other apps before a step', () => {
  it('tells Marketo step 4 that steps 2 and 3 are still open in Sales Insight Actions', () => {
    const later = laterElsewhere(GUIDE, statuses([...PREREQS, 'setup-sales-account']), 'both');
    expect(later['start-data-sync']).toEqual([{ app: 'sales-insight-actions', prerequisites: [], steps: [2, 3] }]);
    // Step 2 has nothing open before it in another app; step 1 is done, so it says nothing either.
    expect(later['connect-salesforce']).toBeUndefined();
    expect(later['setup-sales-account']).toBeUndefined();
  });

  it('leaves out steps done or skipped, and groups the rest by app in guide order', () => {
    const later = laterElsewhere(GUIDE, statuses([...PREREQS, 'setup-sales-account', 'connect-marketo'], ['invite-users']), 'both');
    expect(later['install-msi-package']).toEqual([
      { app: 'sales-insight-actions', prerequisites: [], steps: [2, 6] },
      { app: 'marketo', prerequisites: [], steps: [4] },
    ]);
  });

  it('counts only the persona’s steps', () => {
    // The Salesforce Admin shares prerequisite 2 and step 2; steps 1 and 3–6 are the Marketo Admin's.
    expect(laterElsewhere(GUIDE, statuses(), 'salesforce-admin')['install-msi-package']).toEqual([
      { app: 'marketo', prerequisites: [2], steps: [] },
      { app: 'sales-insight-actions', prerequisites: [], steps: [2] },
    ]);
    expect(laterElsewhere(GUIDE, statuses(), 'both')['install-msi-package']).toEqual([
      { app: 'marketo', prerequisites: [1, 2], steps: [1, 4] },
      { app: 'sales-insight-actions', prerequisites: [], steps: [2, 3, 5, 6] },
    ]);
  });

  it('turns consecutive numbers into ranges', () => {
    expect(numberRuns([2, 3, 5, 7, 8, 9])).toEqual([[2, 3], [5, 5], [7, 9]]);
    expect(numberRuns([])).toEqual([]);
  });
});

describe('the callout’s line about steps for later', () => {
  it('says one step, a range and a non-contiguous list in English', () => {
    expect(describeLater('en', { app: 'marketo', prerequisites: [], steps: [4] })).toBe('Step 4 happens in Marketo Engage — you can do it later.');
    expect(describeLater('en', { app: 'sales-insight-actions', prerequisites: [], steps: [2, 3] })).toBe('Steps 2–3 happen in Sales Insight Actions — you can do them later.');
    expect(describeLater('en', { app: 'sales-insight-actions', prerequisites: [], steps: [2, 3, 5] })).toBe(
      'Steps 2–3 and 5 happen in Sales Insight Actions — you can do them later.',
    );
    expect(describeLater('en', { app: 'marketo', prerequisites: [1, 2], steps: [1] })).toBe('Prerequisites 1–2 and step 1 happen in Marketo Engage — you can do them later.');
  });

  it('says the same in German', () => {
    expect(describeLater('de', { app: 'marketo', prerequisites: [], steps: [4] })).toBe('Schritt 4 findet in Marketo Engage statt – das können Sie später erledigen.');
    expect(describeLater('de', { app: 'sales-insight-actions', prerequisites: [], steps: [2, 5, 6] })).toBe(
      'Schritte 2 und 5–6 finden in Sales Insight Actions statt – das können Sie später erledigen.',
    );
    expect(describeLater('de', { app: 'marketo', prerequisites: [2], steps: [] })).toBe('Voraussetzung 2 findet in Marketo Engage statt – das können Sie später erledigen.');
    expect(numberList('de', [1, 3, 5])).toBe('1, 3 und 5');
  });

  it('reaches the content scripts with the guide’s context, in both languages', () => {
    const state = [...PREREQS, 'setup-sales-account' as const].reduce((s, id) => setStepStatus(s, id, 'done', '2026-12-07T10:00:00.000Z'), initialProgress());
    const context = guideContext(state, null);
    expect(context.later?.['start-data-sync']).toEqual(laterLines([{ app: 'sales-insight-actions', prerequisites: [], steps: [2, 3] }]));
    expect(context.later?.['start-data-sync']?.[0]?.de).toContain('Schritte 2–3');
  });
});
