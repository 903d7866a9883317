import type { OverlayModel, StepModel } from '../callout/model';
import type { StepId } from '../../lib/guide/types';

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
