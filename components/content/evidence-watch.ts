import type { GuideAppData } from '../../lib/guide/app-data';
import type { StepId } from '../../lib/guide/types';
import { createAppLocator } from './app-locator';
import type { PageDetection } from '../../lib/pages/types';
import type { StepStatus } from '../../lib/progress/types';
import type { VerifyAnswer } from '../../lib/messaging/refresh';

/**
 * A rule must hold this long on the same page before it counts: single-page apps briefly show the
 * previous screen's controls (a "Disconnect" button) under the new route while they re-render.
 */
export const EVIDENCE_STABLE_MS = 400;

/**
 * Reads the completion rules of open steps that can be seen on this page and reports each rule that
 * holds steadily, once per page visit. The check returns only true/false: no page text leaves this frame.
 */
export function createEvidenceWatch(data: GuideAppData, report: (stepId: StepId, ruleId: string) => void) {
  let reported = new Set<string>();
  /** Rules seen holding, and since when (this page visit). */
  let holding = new Map<string, number>();
  let lastPage = '';
  let recheck: ReturnType<typeof setTimeout> | undefined;
  let last: { detection: PageDetection; statuses: Record<StepId, StepStatus> } | null = null;
  const locator = createAppLocator(data, () => last?.detection.page ?? null);

  function check(detection: PageDetection, statuses: Record<StepId, StepStatus>) {
    last = { detection, statuses };
    const pageKey = `${detection.host}|${detection.page}`;
    if (pageKey !== lastPage) {
      reported = new Set();
      holding = new Map();
      lastPage = pageKey;
    }
    const now = Date.now();
    let waiting = false;
    for (const step of data.steps) {
      if (statuses[step.id] === 'done' || statuses[step.id] === 'skipped') continue;
      for (const rule of step.completion.rules) {
        const key = `${step.id}/${rule.id}`;
        const def = data.targets[rule.target];
        if (reported.has(key) || def?.page !== detection.page) continue;
        if (!locator.holds(rule.check, rule.target)) {
          holding.delete(key);
          continue;
        }
        const since = holding.get(key) ?? now;
        holding.set(key, since);
        if (now - since >= EVIDENCE_STABLE_MS) {
          reported.add(key);
          report(step.id, rule.id);
        } else waiting = true;
      }
    }
    clearTimeout(recheck);
    // The page may not change again on its own: look once more when the rule has held long enough.
    if (waiting) recheck = setTimeout(() => last && check(last.detection, last.statuses), EVIDENCE_STABLE_MS + 20);
  }

  /** "Verify now": every rule of any step (done ones too) readable on this page, and whether it holds now. */
  function readAll(detection: PageDetection): VerifyAnswer {
    const seen = createAppLocator(data, () => detection.page);
    return data.steps.flatMap((step) =>
      step.completion.rules
        .filter((rule) => data.targets[rule.target]?.page === detection.page)
        .map((rule) => ({ stepId: step.id, ruleId: rule.id, holds: seen.holds(rule.check, rule.target) })),
    );
  }

  return { check, readAll, stop: () => clearTimeout(recheck) };
}
