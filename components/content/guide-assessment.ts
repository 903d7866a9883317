import type { OverlayModel, StepModel } from '../callout/model';
import type { GuideStep, StepId } from '../../lib/guide/types';
import type { TargetKey } from '../../lib/targets/registry';
import type { AppLocator } from './app-locator';

/**
 * What an assessment needs of the guide in a frame: callouts drawn only when it says so (a hint), a
 * jump to the target counted as a hint, and clicks on controls told apart on and off the step's path.
 */
export interface GuideAssessment {
  /** The model to draw now: `model` itself, or null while the assessment hides it. */
  visible(model: OverlayModel | null): OverlayModel | null;
  /** Alt+Shift+J is about to move the focus to the shown step's control: that is a hint too. */
  jumped(model: StepModel): void;
  /** Follows clicks in `doc`; `pathOf` says which step is shown and whether the node is on its path. Returns stop. */
  watchClicks(doc: Document, pathOf: (node: Node) => { step: StepId; onPath: boolean } | null): () => void;
  /** Calls `redraw` when `visible` may answer differently. Returns stop. */
  onChange(redraw: () => void): () => void;
}

/**
 * For the assessment: the step shown in this frame (`current`), and whether the control `node` is one of
 * its targets on this page, or part of our own overlay (`overlay`).
 */
export function pathFinder(locator: AppLocator, overlay: Element, current: () => GuideStep | null) {
  return (node: Node): { step: StepId; onPath: boolean } | null => {
    const step = current();
    if (!step) return null;
    // The target may be the control's label inside it (a tree node's text) or a field inside the control.
    const found = (key: TargetKey) => {
      const result = locator.locate(key);
      return result.status === 'found' && (result.element.contains(node) || node.contains(result.element));
    };
    return { step: step.id, onPath: overlay.contains(node) || step.subSteps.some((sub) => found(sub.target)) };
  };
}
