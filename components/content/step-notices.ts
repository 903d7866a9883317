import type { StepId, StepNotice } from '../../lib/guide/types';

/** Notices per step, fetched once each from the background; `changed` redraws when some arrive. */
export function createNotices(fetch: (stepId: StepId) => Promise<readonly StepNotice[] | null>, changed: () => void) {
  const known = new Map<StepId, readonly StepNotice[]>();
  return {
    of(stepId: StepId): readonly StepNotice[] {
      if (!known.has(stepId)) {
        known.set(stepId, []);
        void fetch(stepId).then((list) => {
          if (!list?.length) return;
          known.set(stepId, list);
          changed();
        });
      }
      return known.get(stepId)!;
    },
  };
}
