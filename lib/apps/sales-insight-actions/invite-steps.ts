import type { GuideStep } from '../../guide/types';
import { TO_USER_ACTIONS } from './shared';

/** Step 5: invite individual users to MSI Actions by e-mail address. */
export const INVITE_USERS = {
  id: 'invite-users',
  kind: 'step',
  number: 5,
  personas: ['marketo-admin'],
  app: 'sales-insight-actions',
  title: { en: 'Invite individual users to MSI Actions', de: 'Einzelne Benutzer zu MSI Actions einladen' },
  startPage: 'sia-user-management',
  subSteps: [
    ...TO_USER_ACTIONS,
    {
      id: 'choose-invite-users',
      text: { en: 'Select "Invite Users".', de: 'Wählen Sie „Benutzer einladen“.' },
      target: 'sia.users.invite',
    },
    {
      id: 'enter-emails',
      text: {
        en: 'Enter the e-mail address(es) of the people you want to invite.',
        de: 'Geben Sie die E-Mail-Adresse(n) der Personen ein, die Sie einladen möchten.',
      },
      target: 'sia.users.invite-emails',
      input: true,
    },
    {
      id: 'click-invite',
      text: { en: 'Click "Invite".', de: 'Klicken Sie auf „Einladen“.' },
      target: 'sia.users.invite-submit',
    },
    {
      id: 'confirm-ok',
      text: {
        en: 'You get a confirmation message; close it with "OK".',
        de: 'Sie erhalten eine Bestätigungsmeldung; schließen Sie sie mit „OK“.',
      },
      target: 'sia.users.invite-confirmation',
    },
  ],
  completion: {
    mode: 'any',
    rules: [
      {
        id: 's5-invite-confirmed',
        target: 'sia.users.invite-confirmation',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;

/** Step 6: invite many users at once from a CSV file. */
export const INVITE_USERS_CSV = {
  id: 'invite-users-csv',
  kind: 'step',
  number: 6,
  personas: ['marketo-admin'],
  app: 'sales-insight-actions',
  title: { en: 'Invite users via CSV to MSI Actions', de: 'Benutzer per CSV-Datei zu MSI Actions einladen' },
  startPage: 'sia-user-management',
  subSteps: [
    ...TO_USER_ACTIONS,
    {
      id: 'choose-invite-csv',
      text: { en: 'Select "Invite Users via CSV".', de: 'Wählen Sie „Benutzer über CSV einladen“.' },
      target: 'sia.users.invite-csv',
    },
    {
      id: 'choose-file',
      text: {
        en: 'Browse for the CSV file on your computer and select it.',
        de: 'Suchen Sie die CSV-Datei auf Ihrem Computer und wählen Sie sie aus.',
      },
      target: 'sia.users.csv-file',
      input: true,
    },
    {
      id: 'click-next',
      text: { en: 'Click "Next".', de: 'Klicken Sie auf „Weiter“.' },
      target: 'sia.users.csv-next',
    },
    {
      id: 'check-mapping',
      text: {
        en: 'Make sure each column is mapped to the right field — especially the e-mail column.',
        de: 'Prüfen Sie, ob jede Spalte dem richtigen Feld zugeordnet ist – vor allem die E-Mail-Spalte.',
      },
      target: 'sia.users.csv-mapping',
      input: true,
    },
    {
      id: 'click-invite',
      text: { en: 'Click "Invite".', de: 'Klicken Sie auf „Einladen“.' },
      target: 'sia.users.csv-invite',
    },
  ],
  completion: {
    mode: 'any',
    rules: [
      {
        id: 's6-csv-invites-confirmed',
        target: 'sia.users.csv-confirmation',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;
