import type { Localized } from '../i18n/locale';
import type { GuideStep, StepNotice } from './types';

/** The ids of a list of steps (declared `as const satisfies GuideStep`, so ids stay literal). */
export type StepIdOf<Steps extends readonly GuideStep[]> = Steps[number]['id'];
/** The ids of every completion rule of a list of steps. */
export type RuleIdOf<Steps extends readonly GuideStep[]> = Steps[number]['completion']['rules'][number]['id'];

/**
 * The texts of one app that only the extension's pages and the background use, keyed by that app's own
 * step ids, rule ids and target keys: a missing or misspelt key is a type error.
 */
export interface AppPageTexts<S extends string, R extends string, T extends string> {
  /** Each step's one-line summary and its Adobe documentation page (popup, report). */
  steps: Record<S, { summary: Localized; docUrl: Localized }>;
  /** What each completion rule proves, as evidence reads it (popup, report). */
  rules: Record<R, Localized>;
  /** A step's cautions and notes for its callout; steps without any are left out. */
  notices: Partial<Record<S, readonly StepNotice[]>>;
  /** Where each target usually is: the written fallback when the guide cannot point at it. */
  where: Record<T, Localized>;
}
