import { MARKETO_TARGETS } from '../../targets/marketo';
import { SETUP_SALES_ACCOUNT, START_DATA_SYNC } from '../steps/marketo-steps';
import { PREREQ_MSI_ENABLED, PREREQ_SALESFORCE_SYNC } from '../steps/prerequisites';
import type { GuideAppData } from './types';
import { detectExperienceShell, detectMarketo } from '../../pages/marketo';

/** Marketo Engage: both prerequisites, step 1 (invite, credentials) and step 4 (data sync). */
export const MARKETO_APP: GuideAppData = {
  app: 'marketo',
  steps: [PREREQ_MSI_ENABLED, PREREQ_SALESFORCE_SYNC, SETUP_SALES_ACCOUNT, START_DATA_SYNC],
  targets: MARKETO_TARGETS,
  // Marketo itself, and the Experience Cloud shell that hosts it in a frame.
  detectors: [detectMarketo, detectExperienceShell],
};
