import { describe, expect, it } from 'vitest';
import { getStep } from '../../lib/apps';
import { STEP_IDS } from '../../lib/guide/types';
import { setStepStatus } from '../../lib/progress/reducers';
import { agentSummary } from '../../lib/report/agent-summary';
import { buildReport } from '../../lib/report/build';
import { META, sampleProgress, T2 } from './report-helpers';

describe("a support agent's summary of an imported report", () => {
  it('names where the customer is blocked and which done steps were only marked by hand', () => {
    let state = sampleProgress();
    state = setStepStatus(state, 'configure-msi-salesforce', 'done', T2);
    const report = buildReport(state, META);
    expect(agentSummary(report, 'en')).toBe(`Blocked at prerequisite 1: ${getStep('prereq-msi-enabled').title.en}. Not verified, only marked done: step 3 and step 8.`);
    expect(agentSummary(report, 'de')).toMatch(/^Blockiert bei Voraussetzung 1: .*\. Nicht bestätigt, nur als erledigt markiert: Schritt 3 und Schritt 8\.$/);
  });

  it('says when every step is done and verified', () => {
    let state = sampleProgress();
    for (const id of STEP_IDS) state = { ...state, steps: { ...state.steps, [id]: { ...state.steps[id], status: 'done', via: 'evidence' } } };
    expect(agentSummary(buildReport(state, META), 'en')).toBe('Every step is done or skipped. Every done step was verified from page evidence.');
  });
});
