import type { Localized } from '../i18n/locale';
import type { AppId, PageId } from '../pages/types';
import type { TargetKey } from '../targets/registry';

/** Ids of the two prerequisites, in guide order. A step's `kind` says it is one (its type enforces it). */
export const PREREQUISITE_IDS = ['prereq-msi-enabled', 'prereq-salesforce-sync'] as const;

/** Ids of the two prerequisites and eight steps, in guide order. */
export const STEP_IDS = [
  ...PREREQUISITE_IDS,
  'setup-sales-account',
  'connect-salesforce',
  'connect-marketo',
  'start-data-sync',
  'invite-users',
  'invite-users-csv',
  'install-msi-package',
  'configure-msi-salesforce',
] as const;
export type StepId = (typeof STEP_IDS)[number];
export type PrerequisiteId = (typeof PREREQUISITE_IDS)[number];

export const PERSONAS = ['marketo-admin', 'salesforce-admin'] as const;
/** Who does a step. */
export type PersonaId = (typeof PERSONAS)[number];

/** One instruction inside a step, pointing at one target on one page. */
export interface SubStep {
  id: string;
  text: Localized;
  target: TargetKey;
  /**
   * The user fills in or chooses something here (a field, a picker). Unlike a button or tab, such a
   * sub-step is not behind the user just because the controls after it are visible too.
   */
  input?: true;
  /** Only needed in some cases ("if Connect fails, use the Set Up tab"): never where the guide starts by itself. */
  optional?: true;
  /**
   * Id of one of the step's completion rules that shows this sub-step is behind the user (the first
   * remote site is listed): the guide then starts after it, though its controls are still on screen.
   */
  doneWhen?: string;
  /**
   * Why this sub-step's control can be disabled, and what to do first ("Select at least one admin
   * first"): the callout says it while the guide waits for the control to become usable.
   */
  waitHint?: Localized;
}

/**
 * What a rule reads from the target it names:
 * - `visible`: the target is on screen;
 * - `text-nonempty`: its text (or input value) is not empty — used for read-outs like Client ID;
 * - `text-matches`: its text says one of the given phrases (normalized like a `text` locator way): the whole
 *   text, or the phrase as its opening words followed by a detail ("Sync in progress (started 10:15)").
 *   Never inside the text, so that negations such as "Deaktiviert" (for "Aktiviert") or "Not synced" (for
 *   "Synced") do not count;
 * - `checked`: a checkbox or switch is on;
 * - `count-at-least`: the target is a list entry and at least `count` of them match.
 * A rule never records the text it read (it may be a secret), only that it held.
 */
export type EvidenceCheck =
  | { kind: 'visible' }
  | { kind: 'text-nonempty' }
  | { kind: 'text-matches'; phrases: readonly string[] }
  | { kind: 'checked' }
  | { kind: 'count-at-least'; count: number };

/** A declarative completion rule: the step's evidence is read from `target` on its page. */
export interface EvidenceRule {
  id: string;
  target: TargetKey;
  check: EvidenceCheck;
}

/** A caution (shown prominently) or a note attached to a step (see notices.ts). */
export interface StepNotice {
  kind: 'caution' | 'note';
  text: Localized;
}

/** A prerequisite (no number) or a numbered step of the Sales Insight Actions admin setup. */
export type GuideStep = GuideStepBase &
  (
    | { id: PrerequisiteId; kind: 'prerequisite'; number?: undefined }
    | {
        id: Exclude<StepId, PrerequisiteId>;
        kind: 'step';
        /** Step number in the Adobe guide (1–8). */
        number: number;
      }
  );

/** What prerequisites and steps share. */
interface GuideStepBase {
  personas: readonly PersonaId[];
  app: AppId;
  title: Localized;
  /** The page the step starts on (used for "Go to step"). */
  startPage: PageId;
  subSteps: readonly SubStep[];
  /** The step is done when `mode` of the rules hold on the page. */
  completion: { mode: 'all' | 'any'; rules: readonly EvidenceRule[] };
}
