import type { GuideStep } from '../types';
import { DOC_URLS } from './doc-urls';

/** P1: MSI Actions is enabled for the Marketo Engage account (only Adobe can switch it on). */
export const PREREQ_MSI_ENABLED: GuideStep = {
  id: 'prereq-msi-enabled',
  kind: 'prerequisite',
  personas: ['marketo-admin'],
  app: 'marketo',
  title: {
    en: 'MSI Actions is enabled for your Marketo Engage account',
    de: 'MSI Actions ist für Ihr Marketo Engage-Konto freigeschaltet',
  },
  summary: {
    en: 'Sales Insight Actions must be switched on for your subscription before you start. You can tell by the "Actions Config" tab on Admin › Sales Insight.',
    de: 'Bevor Sie beginnen, muss Sales Insight Actions für Ihr Abonnement freigeschaltet sein. Erkennbar ist das an der Registerkarte „Aktionskonfiguration“ unter Admin › Sales Insight.',
  },
  startPage: 'marketo-admin-sales-insight',
  subSteps: [
    {
      id: 'open-admin',
      text: { en: 'In Marketo, click "Admin".', de: 'Klicken Sie in Marketo auf „Admin“.' },
      target: 'marketo.admin-nav',
    },
    {
      id: 'open-sales-insight',
      text: { en: 'In the Admin tree, click "Sales Insight".', de: 'Klicken Sie im Admin-Baum auf „Sales Insight“.' },
      target: 'marketo.admin-tree.sales-insight',
    },
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
        proves: {
          en: 'The "Actions Config" tab is shown on Admin › Sales Insight',
          de: 'Die Registerkarte „Aktionskonfiguration“ wird unter Admin › Sales Insight angezeigt',
        },
      },
    ],
  },
  notices: [
    {
      kind: 'note',
      text: {
        en: 'Only Adobe can enable MSI Actions: ask your Adobe account team (your account manager), or Marketo Support if you have no account manager. You cannot switch it on yourself.',
        de: 'Nur Adobe kann MSI Actions freischalten: Wenden Sie sich an Ihr Adobe-Account-Team (Ihren Account Manager) oder, falls Sie keinen haben, an den Marketo-Support. Selbst einschalten können Sie es nicht.',
      },
    },
  ],
  docUrl: DOC_URLS.prerequisites,
};

/** P2: the Marketo ↔ Salesforce sync is set up. */
export const PREREQ_SALESFORCE_SYNC: GuideStep = {
  id: 'prereq-salesforce-sync',
  kind: 'prerequisite',
  personas: ['marketo-admin', 'salesforce-admin'],
  app: 'marketo',
  title: {
    en: 'The Marketo–Salesforce sync is set up',
    de: 'Die Synchronisation zwischen Marketo und Salesforce ist eingerichtet',
  },
  summary: {
    en: 'Sales Insight Actions builds on your existing Marketo–Salesforce sync. Admin › Salesforce in Marketo shows whether it is enabled.',
    de: 'Sales Insight Actions baut auf Ihrer bestehenden Synchronisation zwischen Marketo und Salesforce auf. Ob sie aktiv ist, sehen Sie in Marketo unter Admin › Salesforce.',
  },
  startPage: 'marketo-admin-salesforce',
  subSteps: [
    {
      id: 'open-admin',
      text: { en: 'In Marketo, click "Admin".', de: 'Klicken Sie in Marketo auf „Admin“.' },
      target: 'marketo.admin-nav',
    },
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
        check: { kind: 'text-matches', phrases: ['Enabled', 'Aktiviert'] },
        proves: {
          en: 'Admin › Salesforce shows the sync as enabled',
          de: 'Admin › Salesforce zeigt die Synchronisation als aktiviert an',
        },
      },
      {
        id: 'p2-disable-sync-offered',
        target: 'marketo.salesforce-sync.disable',
        check: { kind: 'visible' },
        proves: {
          en: 'Admin › Salesforce offers "Disable Sync", so the sync is on',
          de: 'Admin › Salesforce bietet „Synchronisation deaktivieren“ an, die Synchronisation läuft also',
        },
      },
    ],
  },
  notices: [
    {
      kind: 'note',
      text: {
        en: 'If the sync is not set up yet, set up the Marketo–Salesforce sync first and come back afterwards.',
        de: 'Ist die Synchronisation noch nicht eingerichtet, richten Sie zuerst die Synchronisation zwischen Marketo und Salesforce ein und machen Sie danach hier weiter.',
      },
    },
  ],
  docUrl: DOC_URLS.prerequisites,
};
