import type { GuideStep, SubStep } from '../../guide/types';
import { TO_SALES_INSIGHT } from './shared';

/** The shared way into the Actions Config tab: Admin › Sales Insight › Actions Config. */
const TO_ACTIONS_CONFIG: readonly SubStep[] = [
  ...TO_SALES_INSIGHT,
  {
    id: 'open-actions-config',
    text: { en: 'Open the "Actions Config" tab.', de: 'Öffnen Sie die Registerkarte „Aktionskonfiguration“ („Actions Config“).' },
    target: 'marketo.sales-insight.actions-config-tab',
  },
];

/** Step 1: set up the Marketo Sales account by inviting the first Marketo admins. */
export const SETUP_SALES_ACCOUNT = {
  id: 'setup-sales-account',
  kind: 'step',
  number: 1,
  personas: ['marketo-admin'],
  app: 'marketo',
  title: { en: 'Set up the Marketo Sales account', de: 'Marketo-Sales-Konto einrichten' },
  startPage: 'marketo-admin-sales-insight',
  subSteps: [
    ...TO_ACTIONS_CONFIG,
    {
      id: 'pick-admins',
      text: {
        en: 'Select the Marketo admins you want to invite from the list.',
        de: 'Wählen Sie in der Liste die Marketo-Administratoren aus, die Sie einladen möchten.',
      },
      target: 'marketo.invite.admin-picker',
      input: true,
    },
    {
      id: 'send-invite',
      text: { en: 'Click "Send Invite".', de: 'Klicken Sie auf „Einladung senden“ (auch „Einladen senden“).' },
      target: 'marketo.invite.send',
      // The replica and, by inference, Marketo keep the button disabled until an admin is ticked.
      waitHint: { en: 'Select at least one admin first.', de: 'Wählen Sie zuerst mindestens einen Administrator aus.' },
    },
  ],
  completion: {
    mode: 'any',
    rules: [
      {
        id: 's1-client-id-shown',
        target: 'marketo.integration.client-id',
        check: { kind: 'text-nonempty' },
      },
      {
        id: 's1-invite-confirmed',
        target: 'marketo.invite.confirmation',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;

/** Step 4: start the Action Field Sync from Marketo to the Marketo Sales account. */
export const START_DATA_SYNC = {
  id: 'start-data-sync',
  kind: 'step',
  number: 4,
  personas: ['marketo-admin'],
  app: 'marketo',
  title: { en: 'Initiate data sync', de: 'Datensynchronisation starten' },
  startPage: 'marketo-admin-sales-insight',
  subSteps: [
    ...TO_ACTIONS_CONFIG,
    {
      id: 'click-sync',
      text: {
        en: 'On the "Action Field Sync" card, click "Sync".',
        de: 'Klicken Sie auf der Karte „Synchronisierung von Aktionsfeldern“ („Aktion Feldsynchronisierung“) auf „Synchronisieren“.',
      },
      target: 'marketo.action-field-sync.sync',
    },
    {
      id: 'start-sync',
      text: {
        en: 'Review the preview of the fields to be synced, then click "Start Sync".',
        de: 'Sehen Sie sich die Vorschau der zu synchronisierenden Felder an und klicken Sie dann auf „Synchronisation starten“ („Synchronisierung starten“).',
      },
      target: 'marketo.action-field-sync.start-sync',
    },
  ],
  completion: {
    mode: 'all',
    rules: [
      {
        id: 's4-sync-status',
        target: 'marketo.action-field-sync.status',
        check: {
          kind: 'text-matches',
          // The status value says it (whole text, or opening words before a detail such as a time, see
          // EvidenceCheck); "Not synced" / "Nicht synchronisiert" must not count. English and German as a UI
          // plausibly words them (the German docs are machine translated: both nouns, both verbs). Not "Last
          // synced": its detail may be "never".
          phrases: [
            'Sync in progress',
            'In progress',
            'Syncing',
            'Synced',
            'Sync started',
            'Started',
            'Running',
            'Sync complete',
            'Sync completed',
            'Complete',
            'Completed',
            'Synchronisierung läuft',
            'Synchronisation läuft',
            'Läuft',
            'Wird synchronisiert',
            'Synchronisiert',
            'Synchronisierung gestartet',
            'Synchronisation gestartet',
            'Gestartet',
            'In Bearbeitung',
            'Synchronisierung abgeschlossen',
            'Synchronisation abgeschlossen',
            'Abgeschlossen',
          ],
        },
      },
    ],
  },
} as const satisfies GuideStep;
