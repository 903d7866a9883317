import type { GuideStep } from '../../guide/types';
import { TO_SIA_SETTINGS } from './shared';

/** Step 2: connect the Marketo Sales account (Sales Insight Actions) to Salesforce. */
export const CONNECT_SALESFORCE = {
  id: 'connect-salesforce',
  kind: 'step',
  number: 2,
  personas: ['marketo-admin', 'salesforce-admin'],
  app: 'sales-insight-actions',
  title: {
    en: 'Connect the Marketo Sales account to Salesforce',
    de: 'Marketo-Sales-Konto mit Salesforce verbinden',
  },
  startPage: 'sia-settings-salesforce',
  subSteps: [
    ...TO_SIA_SETTINGS,
    {
      id: 'open-salesforce',
      text: { en: 'Under "Admin Settings", click "Salesforce".', de: 'Klicken Sie unter „Admin Settings“ auf „Salesforce“.' },
      target: 'sia.admin.salesforce',
    },
    {
      id: 'open-connections-tab',
      text: {
        en: 'Open the "Connections & Customizations" tab.',
        de: 'Öffnen Sie die Registerkarte „Verbindungen und Anpassungen“.',
      },
      target: 'sia.salesforce.connections-tab',
    },
    {
      // Adobe's step page has this click; pages without a CRM choice show Connect at once, and the guide
      // moves on to it by itself.
      id: 'choose-salesforce',
      text: { en: 'Click "Salesforce".', de: 'Klicken Sie auf „Salesforce“.' },
      target: 'sia.salesforce.choose-crm',
    },
    {
      id: 'click-connect',
      text: { en: 'Click "Connect".', de: 'Klicken Sie auf „Verbinden“.' },
      target: 'sia.salesforce.connect',
    },
    {
      id: 'confirm-ok',
      text: {
        en: 'Click "OK". Sign in to Salesforce if you are asked to.',
        de: 'Klicken Sie auf „OK“. Melden Sie sich bei Salesforce an, falls Sie dazu aufgefordert werden.',
      },
      target: 'sia.salesforce.confirm-ok',
    },
  ],
  completion: {
    mode: 'any',
    rules: [
      {
        id: 's2-salesforce-connected',
        target: 'sia.salesforce.connected',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;

/** Step 3: connect Marketo to the Sales Apps account (Sales Insight Actions › Settings › Marketo). */
export const CONNECT_MARKETO = {
  id: 'connect-marketo',
  kind: 'step',
  number: 3,
  personas: ['marketo-admin'],
  app: 'sales-insight-actions',
  title: {
    en: 'Connect Marketo to your Sales Apps account',
    de: 'Marketo mit Ihrem Sales-Apps-Konto verbinden',
  },
  startPage: 'sia-settings-marketo',
  subSteps: [
    ...TO_SIA_SETTINGS,
    {
      id: 'open-marketo',
      text: { en: 'Under "Admin Settings", click "Marketo".', de: 'Klicken Sie unter „Admin Settings“ auf „Marketo“.' },
      target: 'sia.admin.marketo',
    },
    {
      id: 'click-connect',
      text: {
        en: 'Click "Connect". Your account is then connected.',
        de: 'Klicken Sie auf „Verbinden“. Ihr Konto wird daraufhin verbunden.',
      },
      target: 'sia.marketo.connect',
    },
    {
      id: 'paste-credentials-if-needed',
      text: {
        en: 'Only if it does not connect: open the "Set Up" tab and paste the Munchkin ID, Client ID and Client Secret from Marketo (Admin › Sales Insight › Actions Config).',
        de: 'Nur falls keine Verbindung zustande kommt: Öffnen Sie die Registerkarte „Einrichtung“ („Setup“) und fügen Sie dort Munchkin-ID, Client-ID und Client-Geheimnis aus Marketo ein (Admin › Sales Insight › „Aktionskonfiguration“).',
      },
      target: 'sia.marketo.setup-tab',
      optional: true,
    },
  ],
  completion: {
    mode: 'any',
    rules: [
      {
        id: 's3-marketo-connected',
        target: 'sia.marketo.connected',
        check: { kind: 'visible' },
      },
    ],
  },
} as const satisfies GuideStep;
