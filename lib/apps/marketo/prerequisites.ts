import type { GuideStep } from '../../guide/types';
import { OPEN_ADMIN, TO_SALES_INSIGHT } from './shared';

/** P1: MSI Actions is enabled for the Marketo Engage account (only Adobe can switch it on). */
export const PREREQ_MSI_ENABLED = {
  id: 'prereq-msi-enabled',
  kind: 'prerequisite',
  personas: ['marketo-admin'],
  app: 'marketo',
  title: {
    en: 'MSI Actions is enabled for your Marketo Engage account',
    de: 'MSI Actions ist für Ihr Marketo Engage-Konto freigeschaltet',
  },
  startPage: 'marketo-admin-sales-insight',
  subSteps: [
    ...TO_SALES_INSIGHT,
    {
      id: 'look-for-actions-config',
      text: {
        en: 'Check that the page has an "Actions Config" tab.',
        de: 'Prüfen Sie, ob die Seite eine Registerkarte „Aktionskonfiguration“ hat.',
      },
      target: 'marketo.sales-insight.actions-config-tab',
    },
  ],
  completion: {
    mode: 'all',
    rules: [
      {
        id: 'p1-actions-config-tab',
        target: 'marketo.sales-insight.actions-config-tab',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;

/** P2: the Marketo ↔ Salesforce sync is set up. */
export const PREREQ_SALESFORCE_SYNC = {
  id: 'prereq-salesforce-sync',
  kind: 'prerequisite',
  personas: ['marketo-admin', 'salesforce-admin'],
  app: 'marketo',
  title: {
    en: 'The Marketo–Salesforce sync is set up',
    de: 'Die Synchronisation zwischen Marketo und Salesforce ist eingerichtet',
  },
  startPage: 'marketo-admin-salesforce',
  subSteps: [
    OPEN_ADMIN,
    {
      id: 'open-salesforce',
      text: { en: 'In the Admin tree, click "Salesforce".', de: 'Klicken Sie im Admin-Baum auf „Salesforce“.' },
      target: 'marketo.admin-tree.salesforce',
    },
    {
      id: 'check-sync-status',
      text: {
        en: 'Check that the sync is enabled.',
        de: 'Prüfen Sie, ob die Synchronisation aktiviert ist.',
      },
      target: 'marketo.salesforce-sync.status',
    },
  ],
  completion: {
    mode: 'any',
    rules: [
      {
        id: 'p2-sync-status-enabled',
        target: 'marketo.salesforce-sync.status',
        check: { kind: 'text-matches', phrases: ['Enabled', 'Sync enabled', 'Active', 'Aktiviert', 'Synchronisierung aktiviert', 'Aktiv'] },
      },
      {
        id: 'p2-disable-sync-offered',
        target: 'marketo.salesforce-sync.disable',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;
