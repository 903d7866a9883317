import { SALESFORCE_TARGETS } from '../../targets/salesforce';
import { CONFIGURE_MSI_SALESFORCE, INSTALL_MSI_PACKAGE } from '../steps/salesforce-steps';
import type { GuideAppData } from './types';
import { detectSalesforce } from '../../pages/salesforce';

/** Salesforce: steps 7 (package) and 8 (remote sites, MSI config). */
export const SALESFORCE_APP: GuideAppData = {
  app: 'salesforce',
  steps: [INSTALL_MSI_PACKAGE, CONFIGURE_MSI_SALESFORCE],
  targets: SALESFORCE_TARGETS,
  detectors: [detectSalesforce],
};
