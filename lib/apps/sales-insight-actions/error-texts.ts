import type { RecoveryTexts } from '../../guide/recovery';
import { DOC_URLS } from '../doc-urls';
import type { SiaErrorId } from './error-states';

/** The recovery cards of Sales Insight Actions' documented error states (page-only texts). */
export const SIA_ERROR_TEXTS: Readonly<Record<SiaErrorId, RecoveryTexts>> = {
  'sia.salesforce-auth-failed': {
    steps: ['connect-salesforce', 'connect-marketo'],
    title: { en: 'Salesforce refused the connection', de: 'Salesforce hat die Verbindung abgelehnt' },
    message: { en: '“We were unable to authenticate your request”', de: '„Wir konnten Ihre Anfrage nicht authentifizieren“' },
    fix: [
      {
        en: 'Ask your Salesforce Admin to check the profile of the Sales Insight Actions users: Setup › Manage Users › Profiles › the profile › Edit › Administrative Permissions: “API Enabled” must be checked.',
        de: 'Bitten Sie Ihren Salesforce-Admin, das Profil der Sales-Insight-Actions-Benutzer zu prüfen: Setup › Benutzer verwalten › Profile › das Profil › Bearbeiten › Administratorberechtigungen: „API aktiviert“ muss aktiviert sein.',
      },
      {
        en: 'Then check that Salesforce does not block the app: Setup › Manage Apps › Connected Apps OAuth Usage: Sales Insight Actions must show “Block”; if it shows “Unblock”, click it.',
        de: 'Prüfen Sie dann, ob Salesforce die App blockiert: Setup › Apps verwalten › Connected Apps OAuth Usage: Neben Sales Insight Actions muss „Block“ stehen; steht dort „Blockierung aufheben“, klicken Sie darauf.',
      },
      {
        en: 'A custom or sandbox domain: sign in to that Salesforce org in this browser first. Then connect again.',
        de: 'Eigene oder Sandbox-Domain: Melden Sie sich zuerst in diesem Browser bei dieser Salesforce-Organisation an. Verbinden Sie dann erneut.',
      },
    ],
    docUrl: DOC_URLS.authFaq,
  },
  'sia.marketo-not-connected': {
    steps: ['connect-marketo'],
    title: { en: 'The Marketo connection was not established', de: 'Die Verbindung zu Marketo wurde nicht hergestellt' },
    message: { en: 'Connect did not connect Marketo.', de: '„Verbinden“ hat Marketo nicht verbunden.' },
    fix: [
      {
        en: 'In Marketo, open Admin › Sales Insight › Actions Config and copy the three values of the Integration Information card: Munchkin ID, Client ID and Client Secret.',
        de: 'Öffnen Sie in Marketo Admin › Sales Insight › Actions Config und kopieren Sie die drei Werte der Karte „Integrationsinformationen“: Munchkin-ID, Client-ID und Client-Geheimnis.',
      },
      {
        en: 'Here, open the “Set Up” tab and paste them. Make sure no spaces get added when you paste.',
        de: 'Öffnen Sie hier die Registerkarte „Setup“ („Einrichtung“) und fügen Sie sie ein. Achten Sie darauf, dass beim Einfügen keine Leerzeichen hinzukommen.',
      },
    ],
    docUrl: DOC_URLS.marketoConnection,
  },
  'sia.account-not-activated': {
    steps: ['connect-salesforce', 'connect-marketo', 'invite-users', 'invite-users-csv'],
    title: { en: 'Your Sales Insight Actions account is not active yet', de: 'Ihr Sales-Insight-Actions-Konto ist noch nicht aktiv' },
    message: { en: 'The invitation has not been confirmed.', de: 'Die Einladung wurde noch nicht bestätigt.' },
    fix: [
      {
        en: 'Open the invitation e-mail from Sales Insight Actions and click “Get Started”.',
        de: 'Öffnen Sie die Einladungs-E-Mail von Sales Insight Actions und klicken Sie auf „Erste Schritte“ („Get Started“).',
      },
      {
        en: 'Click “Activate Account with Salesforce” and sign in to Salesforce (the default login setting is “Salesforce Only”). Your Salesforce profile needs “API Enabled”.',
        de: 'Klicken Sie auf „Konto bei Salesforce aktivieren“ und melden Sie sich bei Salesforce an (die Standard-Anmeldeeinstellung ist „Salesforce Only“). Ihr Salesforce-Profil benötigt „API aktiviert“.',
      },
      {
        en: 'Once the account is active, the guide continues here in Settings.',
        de: 'Sobald das Konto aktiv ist, geht die Anleitung hier in den Einstellungen weiter.',
      },
    ],
    docUrl: DOC_URLS.onboarding,
  },
};
