import type { SubStep } from '../../guide/types';

/** Gear icon › Settings: how every Sales Insight Actions step begins. */
export const TO_SIA_SETTINGS: readonly SubStep[] = [
  {
    id: 'open-gear',
    text: {
      en: 'In your Marketo Sales account (Sales Insight Actions), click the gear icon.',
      de: 'Klicken Sie in Ihrem Marketo-Sales-Konto (Sales Insight Actions) auf das Zahnradsymbol.',
    },
    target: 'sia.gear',
  },
  {
    id: 'open-settings',
    text: { en: 'Select "Settings".', de: 'Wählen Sie „Einstellungen“.' },
    target: 'sia.settings',
  },
];

/** Settings › Admin Settings › User Management › Actions: the start of steps 5 and 6. */
export const TO_USER_ACTIONS: readonly SubStep[] = [
  ...TO_SIA_SETTINGS,
  {
    id: 'open-user-management',
    text: {
      en: 'Under "Admin Settings", select "User Management".',
      de: 'Wählen Sie unter „Admin Settings“ den Eintrag „User Management“ (Benutzerverwaltung).',
    },
    target: 'sia.admin.user-management',
  },
  {
    id: 'open-actions',
    text: { en: 'Click "Actions".', de: 'Klicken Sie auf „Aktionen“.' },
    target: 'sia.users.actions',
  },
];
