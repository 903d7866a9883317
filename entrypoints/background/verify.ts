import { z } from 'zod';
import { GUIDE, getStep } from '../../lib/apps';
import { STEP_IDS, type StepId } from '../../lib/guide/types';
import type { VerifyResult } from '../../lib/messaging/protocol';
import type { PageDetection } from '../../lib/pages/types';
import { applyEvidence, ruleReadableOn } from '../../lib/progress/evidence';
import type { ProgressState } from '../../lib/progress/types';
import type { TabPages } from './tab-pages';

/** A frame's answer, validated: a compromised page cannot send anything but rule ids and booleans. */
const ANSWER = z.array(z.strictObject({ stepId: z.enum(STEP_IDS), ruleId: z.string().max(100), holds: z.boolean() })).max(100);

export interface VerifyDeps {
  /** The live apps' frames only: the practice sandbox's replica frames are never asked. */
  tabPages: TabPages;
  /** Asks one frame's content script which rules hold there now (VERIFY_PAGE); rejects when none answers. */
  askFrame(tabId: number, frameId: number): Promise<unknown>;
  /** Applies a change to real progress. */
  update(reduce: (state: ProgressState) => ProgressState): void;
  state(): ProgressState;
  now(): string;
}

/**
 * "Verify now": asks every guided frame that is open which completion rules hold now, records fresh
 * evidence for each that does (a step not done yet becomes done), and says per step what was seen:
 * confirmed, not seen on an open page where it can be read, or no open page shows it.
 */
export async function verifySetup(deps: VerifyDeps): Promise<VerifyResult> {
  const seen = new Map<StepId, { holds: boolean; frame: PageDetection }>();
  let checkedFrames = 0;
  for (const { tabId, frameId, detection } of await deps.tabPages.all()) {
    const parsed = ANSWER.safeParse(await deps.askFrame(tabId, frameId).catch(() => null));
    if (!parsed.success) continue;
    checkedFrames++;
    for (const { stepId, ruleId, holds } of parsed.data) {
      // Only rules that can appear on the page this frame reported count (never on the Experience Cloud shell).
      if (!ruleReadableOn(getStep(stepId), ruleId, detection)) continue;
      if (holds) {
        const next = applyEvidence(deps.state(), getStep(stepId), ruleId, detection, deps.now());
        if (next) deps.update(() => next);
      }
      if (!seen.get(stepId)?.holds) seen.set(stepId, { holds, frame: detection });
    }
  }
  const steps = GUIDE.map((step): VerifyResult['steps'][number] => {
    const found = seen.get(step.id);
    if (!found) return { stepId: step.id, outcome: 'no-page' };
    return { stepId: step.id, outcome: found.holds ? 'confirmed' : 'not-seen', host: found.frame.host, page: found.frame.page };
  });
  return { checkedFrames, steps };
}
