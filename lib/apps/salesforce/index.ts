import { SALESFORCE_TARGETS } from './targets';
import { CONFIGURE_MSI_SALESFORCE, INSTALL_MSI_PACKAGE } from './steps';
import type { GuideAppData } from '../../guide/app-data';
import type { RuleIdOf, StepIdOf } from '../../guide/page-texts';
import { detectSalesforce } from './pages';

/** This app's steps, in guide order. */
export const SALESFORCE_STEPS = [INSTALL_MSI_PACKAGE, CONFIGURE_MSI_SALESFORCE] as const;
export type SalesforceStepId = StepIdOf<typeof SALESFORCE_STEPS>;
export type SalesforceRuleId = RuleIdOf<typeof SALESFORCE_STEPS>;
export type SalesforceTargetKey = keyof typeof SALESFORCE_TARGETS;

/** Salesforce: steps 7 (package) and 8 (remote sites, MSI config). */
export const SALESFORCE_APP: GuideAppData = {
  app: 'salesforce',
  steps: SALESFORCE_STEPS,
  targets: SALESFORCE_TARGETS,
  detectors: [detectSalesforce],
};
