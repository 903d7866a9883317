import { MARKETO_TARGETS } from './targets';
import { SETUP_SALES_ACCOUNT, START_DATA_SYNC } from './steps';
import { PREREQ_MSI_ENABLED, PREREQ_SALESFORCE_SYNC } from './prerequisites';
import type { GuideAppData } from '../../guide/app-data';
import type { RuleIdOf, StepIdOf } from '../../guide/page-texts';
import { detectExperienceShell, detectMarketo } from './pages';

/** This app's steps, in guide order. */
export const MARKETO_STEPS = [PREREQ_MSI_ENABLED, PREREQ_SALESFORCE_SYNC, SETUP_SALES_ACCOUNT, START_DATA_SYNC] as const;
export type MarketoStepId = StepIdOf<typeof MARKETO_STEPS>;
export type MarketoRuleId = RuleIdOf<typeof MARKETO_STEPS>;
export type MarketoTargetKey = keyof typeof MARKETO_TARGETS;

/** Marketo Engage: both prerequisites, step 1 (invite, credentials) and step 4 (data sync). */
export const MARKETO_APP: GuideAppData = {
  app: 'marketo',
  steps: MARKETO_STEPS,
  targets: MARKETO_TARGETS,
  // Marketo itself, and the Experience Cloud shell that hosts it in a frame.
  detectors: [detectMarketo, detectExperienceShell],
};
