import type { RecoveryTexts } from '../../guide/recovery';
import { DOC_URLS } from '../doc-urls';
import type { SalesforceErrorId } from './error-states';

/** The recovery cards of Salesforce's documented error states (page-only texts). */
export const SALESFORCE_ERROR_TEXTS: Readonly<Record<SalesforceErrorId, RecoveryTexts>> = {
  'sfdc.no-tab-access': {
    steps: ['configure-msi-salesforce'],
    title: { en: 'No access to the Marketo Sales Insight tab', de: 'Kein Zugriff auf die Registerkarte „Marketo Sales Insight“' },
    message: { en: '“You do not have sufficient privileges to access this tab.”', de: '„Sie verfügen nicht über die erforderlichen Berechtigungen, um auf diese Registerkarte zuzugreifen.“' },
    fix: [
      {
        en: 'Assign the “Marketo App Access” permission set: Setup › Manage Users › Users › the user › Permission Set Assignments › Edit Assignments › add “Marketo App Access” › Save.',
        de: 'Weisen Sie den Berechtigungssatz „Marketo App Access“ zu: Setup › Benutzer verwalten › Benutzer › der Benutzer › Zuweisungen für Berechtigungssätze › Zuweisungen bearbeiten › „Marketo App Access“ hinzufügen › Speichern.',
      },
      {
        en: 'The permission set needs Marketo Sales Insight package version 1.8000 or later (step 7: upgrade first). Then open the tab again.',
        de: 'Der Berechtigungssatz setzt das Marketo-Sales-Insight-Paket ab Version 1.8000 voraus (Schritt 7: zuerst aktualisieren). Öffnen Sie die Registerkarte danach erneut.',
      },
    ],
    docUrl: DOC_URLS.permissionSet,
  },
};
