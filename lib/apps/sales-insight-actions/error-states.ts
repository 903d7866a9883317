import type { ErrorStateRule } from '../../guide/error-states';

/*
 * Error states of Sales Insight Actions that Adobe documents, recognised by a visible message element.
 * English phrases from Adobe's English docs, German from AdobeDocs/marketo.de-DE (machine translated, so
 * a German UI may word them differently: the plausible variants are listed too).
 */

/** Alerts and error banners (ARIA, the old Bootstrap UI, class names with "error"), and page headings. */
const MESSAGE = '[role="alert"], [role="alertdialog"], .alert, [class*="error" i], h1, h2';

export const SIA_ERROR_STATES = [
  {
    // how-do-i-fix-we-were-unable-to-authenticate-your-request-when-connecting-to-salesforce.md: shown on
    // return from Salesforce when the profile lacks "API Enabled" or the connected app is blocked.
    id: 'sia.salesforce-auth-failed',
    within: MESSAGE,
    phrases: [
      'We were unable to authenticate your request',
      'We could not authenticate your request',
      // de docs: „Wir können Ihre Anfrage nicht authentifizieren“ and „Wir konnten …“
      'Wir konnten Ihre Anfrage nicht authentifizieren',
      'Wir können Ihre Anfrage nicht authentifizieren',
      'Ihre Anfrage konnte nicht authentifiziert werden',
    ],
  },
  {
    // set-up-your-marketo-connection.md: needed "only if you do not see the connection established".
    // No message is documented: these are the wordings a failed Connect plausibly shows.
    id: 'sia.marketo-not-connected',
    pages: ['sia-settings-marketo'],
    within: MESSAGE,
    phrases: [
      'Could not connect to Marketo',
      'Unable to connect to Marketo',
      'The connection to Marketo could not be established',
      'Connection to Marketo failed',
      'Verbindung zu Marketo fehlgeschlagen',
      'Die Verbindung zu Marketo konnte nicht hergestellt werden',
    ],
  },
  {
    // sales-insight-actions-user-onboarding-guide.md, login-management-settings.md: until the invited
    // admin opens the e-mail (Get Started) and activates with Salesforce, the app offers only that.
    id: 'sia.account-not-activated',
    within: `${MESSAGE}, button, [role="button"], a.btn`,
    phrases: [
      'Activate Account with Salesforce',
      'Activate your account',
      'Your account is not activated yet',
      'Your Sales Insight Actions account is not activated yet',
      // de docs: „Konto bei Salesforce aktivieren“
      'Konto bei Salesforce aktivieren',
      'Konto aktivieren',
      'Ihr Konto ist noch nicht aktiviert',
      'Ihr Sales Insight Actions-Konto ist noch nicht aktiviert',
    ],
  },
] as const satisfies readonly ErrorStateRule[];

export type SiaErrorId = (typeof SIA_ERROR_STATES)[number]['id'];
