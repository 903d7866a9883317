import type { GuideAppData } from '../../lib/guide/apps/types';
import type { StepStatus } from '../../lib/progress/types';
import type { StepId } from '../../lib/guide/types';
import { evaluateEvidence } from '../../lib/locator/evidence';
import type { PageDetection } from '../../lib/pages/types';

/**
 * Reads the completion rules of open steps that can be seen on this page and reports each rule that
 * holds, once per page visit. The check returns only true/false: no page text leaves this frame.
 */
export function createEvidenceWatch(data: GuideAppData, report: (stepId: StepId, ruleId: string) => void) {
  let reported = new Set<string>();
  let lastPage = '';
  return {
    check(detection: PageDetection, statuses: Record<StepId, StepStatus>) {
      const pageKey = `${detection.host}|${detection.page}`;
      if (pageKey !== lastPage) {
        reported = new Set();
        lastPage = pageKey;
      }
      for (const step of data.steps) {
        if (statuses[step.id] === 'done' || statuses[step.id] === 'skipped') continue;
        for (const rule of step.completion.rules) {
          const key = `${step.id}/${rule.id}`;
          const def = data.targets[rule.target];
          if (reported.has(key) || def?.page !== detection.page) continue;
          if (evaluateEvidence(rule.check, def, { root: document, page: detection.page })) {
            reported.add(key);
            report(step.id, rule.id);
          }
        }
      }
    },
  };
}
