import type { GuideStep } from '../../lib/guide/types';
import type { TargetKey } from '../../lib/targets/registry';

/**
 * What the overlay shows in this frame:
 * - `callout`: the instruction anchored to the found target, with the spotlight;
 * - `fallback`: the target was not found in time — a centred card with the written instruction;
 * - `minimised`: a small pill that brings the guide back.
 */
export type OverlayModel =
  | { kind: 'callout'; step: GuideStep; subIndex: number; targetKey: TargetKey; target: Element }
  | { kind: 'fallback'; step: GuideStep; subIndex: number; targetKey: TargetKey; where: string }
  | { kind: 'minimised'; step: GuideStep; subIndex: number };

export interface OverlayActions {
  next(): void;
  back(): void;
  didThis(): void;
  minimise(): void;
  restore(): void;
  retry(): void;
}
