import { SIA_TARGETS } from './targets';
import { CONNECT_MARKETO, CONNECT_SALESFORCE } from './connect-steps';
import { INVITE_USERS, INVITE_USERS_CSV } from './invite-steps';
import type { GuideAppData } from '../../guide/app-data';
import type { RuleIdOf, StepIdOf } from '../../guide/page-texts';
import { detectSalesInsightActions } from './pages';

/** This app's steps, in guide order. */
export const SIA_STEPS = [CONNECT_SALESFORCE, CONNECT_MARKETO, INVITE_USERS, INVITE_USERS_CSV] as const;
export type SiaStepId = StepIdOf<typeof SIA_STEPS>;
export type SiaRuleId = RuleIdOf<typeof SIA_STEPS>;
export type SiaTargetKey = keyof typeof SIA_TARGETS;

/** Sales Insight Actions: steps 2, 3, 5 and 6. */
export const SIA_APP: GuideAppData = {
  app: 'sales-insight-actions',
  steps: SIA_STEPS,
  targets: SIA_TARGETS,
  detectors: [detectSalesInsightActions],
};
