import { SIA_TARGETS } from '../../targets/sales-insight-actions';
import { CONNECT_MARKETO, CONNECT_SALESFORCE } from '../steps/sia-connect-steps';
import { INVITE_USERS, INVITE_USERS_CSV } from '../steps/sia-invite-steps';
import type { GuideAppData } from './types';
import { detectSalesInsightActions } from '../../pages/sales-insight-actions';

/** Sales Insight Actions: steps 2, 3, 5 and 6. */
export const SIA_APP: GuideAppData = {
  app: 'sales-insight-actions',
  steps: [CONNECT_SALESFORCE, CONNECT_MARKETO, INVITE_USERS, INVITE_USERS_CSV],
  targets: SIA_TARGETS,
  detectors: [detectSalesInsightActions],
};
