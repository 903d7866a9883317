import type { CalloutLookup } from '../../lib/i18n/callout-text';
import type { GuideStep, StepId, StepNotice } from '../../lib/guide/types';
import type { Locale, Localized } from '../../lib/i18n/locale';
import type { NextUp } from '../../lib/messaging/protocol';
import type { TargetKey } from '../../lib/targets/registry';

/**
 * What the overlay shows in this frame:
 * - `callout`: the instruction anchored to the found target, with the spotlight;
 * - `fallback`: the target was not found in time — a centred card with the written instruction;
 * - `minimised`: a small pill that brings the guide back;
 * - `elsewhere`: this app's part is done and the next step is in another app — a card that says so and
 *   offers to go there (`minimised`: as a pill).
 */
export type OverlayModel =
  | ({ kind: 'callout'; step: GuideStep; subIndex: number; targetKey: TargetKey; target: Element } & CalloutState)
  | ({ kind: 'fallback'; step: GuideStep; subIndex: number; targetKey: TargetKey; where: string } & CalloutState)
  | { kind: 'minimised'; step: GuideStep; subIndex: number }
  | ElsewhereModel;

/** What the overlay shows about one of this app's steps. */
export type StepModel = Exclude<OverlayModel, ElsewhereModel>;

/** The card of `elsewhere` (see OverlayModel). */
export interface ElsewhereModel {
  kind: 'elsewhere';
  next: NextUp;
  /** This app's name: "Marketo Engage part done". */
  here: Localized;
  minimised: boolean;
  /** Whether "Open it" may open the step's app (not in the practice sandbox, which has its own screens). */
  canOpen: boolean;
  /** The step's app needs its address first (no page of it seen yet): the popup asks for it. */
  needsHost: boolean;
}

/** What the callout says besides its instruction. */
export interface CalloutState {
  /** The guide waits: the next control is disabled. Says what to do first (`generic`: the sub-step has no hint). */
  waiting?: Localized | 'generic' | null;
  /**
   * The page showed the step's completion: "✓ Verified: <proof>" (the proof arrives from the background;
   * empty until then). The callout then points at the evidence rather than the control.
   */
  verified?: { proof: string } | null;
}

export interface OverlayActions {
  next(): void;
  back(): void;
  didThis(): void;
  minimise(): void;
  restore(): void;
  retry(): void;
  /** The `elsewhere` card: go to the next step's app. */
  openNext(): void;
}

/**
 * What every part of the overlay reads besides its own props. Passed down as a prop, not a context: the
 * overlay uses no hooks, so the host page's bundle carries no hooks runtime (about 1 KB gzip).
 */
export interface OverlayEnv {
  locale: Locale;
  /** The callouts' texts (the background sends them with the stylesheet: empty until they arrive). */
  t: CalloutLookup;
  /** A step's cautions and notes: fetched from the background (none until they arrive). */
  notices(stepId: StepId): readonly StepNotice[];
  /** Lines about open steps of other apps before this one ("Steps 2–3 happen in …"), in the overlay's language. */
  later(stepId: StepId): readonly string[];
  /** Presenter mode: the step strip along the bottom edge, which the callout keeps clear of. */
  presenter: boolean;
}
