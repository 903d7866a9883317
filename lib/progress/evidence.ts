import type { GuideStep } from '../guide/types';
import type { PageDetection } from '../pages/types';
import { TARGETS } from '../targets/registry';
import { recordEvidence } from './reducers';
import type { ProgressState } from './types';

/**
 * Can rule `ruleId` of `step` be read on the page this frame shows? Not when the rule does not exist
 * or belongs to another page (a content script cannot prove a step from a page where its evidence
 * cannot appear), nor on the Experience Cloud shell, which shows no evidence of its own.
 */
export function ruleReadableOn(step: GuideStep, ruleId: string, frame: PageDetection): boolean {
  const rule = step.completion.rules.find((r) => r.id === ruleId);
  return !!rule && !frame.shell && TARGETS[rule.target].page === frame.page;
}

/**
 * Applies "rule R of step S held on this frame's page": records the evidence and marks the step done
 * when its completion mode is satisfied (`any`: this rule; `all`: every rule has evidence).
 * Returns null when the rule cannot be read on that page (see ruleReadableOn).
 */
export function applyEvidence(
  state: ProgressState,
  step: GuideStep,
  ruleId: string,
  frame: PageDetection,
  now: string,
): ProgressState | null {
  if (!ruleReadableOn(step, ruleId, frame)) return null;
  const entry = { rule: ruleId, host: frame.host, page: frame.page, seenAt: now };
  const seen = new Set([ruleId, ...state.steps[step.id].evidence.map((e) => e.rule)]);
  const completes = step.completion.mode === 'any' || step.completion.rules.every((r) => seen.has(r.id));
  return recordEvidence(state, step.id, entry, completes);
}
