import type { GuideStep, StepId } from './types';
import { SETUP_SALES_ACCOUNT, START_DATA_SYNC } from '../apps/marketo/steps';
import { PREREQ_MSI_ENABLED, PREREQ_SALESFORCE_SYNC } from '../apps/marketo/prerequisites';
import { CONFIGURE_MSI_SALESFORCE, INSTALL_MSI_PACKAGE } from '../apps/salesforce/steps';
import { CONNECT_MARKETO, CONNECT_SALESFORCE } from '../apps/sales-insight-actions/connect-steps';
import { INVITE_USERS, INVITE_USERS_CSV } from '../apps/sales-insight-actions/invite-steps';

/** The whole guide: two prerequisites and eight steps, in the order of `STEP_IDS`. */
export const GUIDE: readonly GuideStep[] = [
  PREREQ_MSI_ENABLED,
  PREREQ_SALESFORCE_SYNC,
  SETUP_SALES_ACCOUNT,
  CONNECT_SALESFORCE,
  CONNECT_MARKETO,
  START_DATA_SYNC,
  INVITE_USERS,
  INVITE_USERS_CSV,
  INSTALL_MSI_PACKAGE,
  CONFIGURE_MSI_SALESFORCE,
];

/** The prerequisite or step with this id. Every `StepId` is in `GUIDE`, so this never misses. */
export function getStep(id: StepId): GuideStep {
  const step = GUIDE.find((s) => s.id === id);
  if (!step) throw new Error(`Unknown step id: ${id}`);
  return step;
}
