import type { SubStep } from '../../guide/types';

/** In Marketo: open Admin. */
export const OPEN_ADMIN: SubStep = {
  id: 'open-admin',
  text: { en: 'In Marketo, click "Admin".', de: 'Klicken Sie in Marketo auf „Admin“.' },
  target: 'marketo.admin-nav',
};

/** In Marketo: Admin › Sales Insight (shared by prerequisite 1 and steps 1 and 4). */
export const TO_SALES_INSIGHT: readonly SubStep[] = [
  OPEN_ADMIN,
  {
    id: 'open-sales-insight',
    text: { en: 'In the Admin tree, click "Sales Insight".', de: 'Klicken Sie im Admin-Baum auf „Sales Insight“.' },
    target: 'marketo.admin-tree.sales-insight',
  },
];
