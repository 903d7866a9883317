import type { GuideStep } from '../guide/types';
import type { PageDetection } from '../pages/types';
import { TARGETS } from '../targets/registry';
import { recordEvidence } from './reducers';
import type { ProgressState } from './types';

/**
 * Applies "rule R of step S held on this frame's page": records the evidence and marks the step done
 * when its completion mode is satisfied (`any`: this rule; `all`: every rule has evidence).
 * Returns null when the rule does not exist or belongs to another page — a content script cannot
 * prove a step from a page where its evidence cannot appear — or when the frame is the Experience
 * Cloud shell, which shows no evidence of its own.
 */
export function applyEvidence(
  state: ProgressState,
  step: GuideStep,
  ruleId: string,
  frame: PageDetection,
  now: string,
): ProgressState | null {
  const rule = step.completion.rules.find((r) => r.id === ruleId);
  if (!rule || frame.shell || TARGETS[rule.target].page !== frame.page) return null;
  const entry = { rule: rule.id, host: frame.host, page: frame.page, seenAt: now };
  const seen = new Set([rule.id, ...state.steps[step.id].evidence.map((e) => e.rule)]);
  const completes = step.completion.mode === 'any' || step.completion.rules.every((r) => seen.has(r.id));
  return recordEvidence(state, step.id, entry, completes);
}
