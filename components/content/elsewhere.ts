import type { ElsewhereModel } from '../callout/model';
import type { AppId, PageDetection } from '../../lib/pages/types';
import type { GuideContext, OpenStepResult } from '../../lib/messaging/protocol';
import type { Localized } from '../../lib/i18n/locale';
import type { StepId } from '../../lib/guide/types';

export interface ElsewhereDeps {
  app: AppId;
  /** This app's name, for "Marketo Engage part done". */
  appName: Localized;
  /** Opens (or focuses) the step's app; null when it cannot (the practice sandbox opens its own screens). */
  openStep: ((stepId: StepId) => Promise<OpenStepResult | null>) | null;
  /** Whether this frame speaks for the tab: the top frame, or Marketo's frame inside the Experience Cloud shell. */
  speaksForTab(detection: PageDetection): boolean;
}

/**
 * The "next up, elsewhere" card of a frame (see ElsewhereModel): when this app has nothing left for the
 * person and the guide's next step is in another app. `onChange` redraws after "Open it" learned that
 * the app's address must be asked for first.
 */
export function createElsewhere(deps: ElsewhereDeps, onChange: () => void) {
  let needsHost = false;
  return {
    model(context: GuideContext | null, detection: PageDetection | null, minimised: boolean): ElsewhereModel | null {
      const next = context?.nextUp;
      if (!next || !detection || detection.shell || next.app === deps.app || !deps.speaksForTab(detection)) return null;
      return { kind: 'elsewhere', next, here: deps.appName, minimised, canOpen: deps.openStep !== null, needsHost };
    },
    open(context: GuideContext | null) {
      const next = context?.nextUp;
      if (!next || !deps.openStep) return;
      void deps.openStep(next.id).then((result) => {
        if (result && 'needsHost' in result) {
          needsHost = true;
          onChange();
        }
      });
    },
  };
}
