import type { ErrorStateRule } from '../../guide/error-states';

/*
 * Error states of Salesforce that Adobe documents for Marketo Sales Insight, recognised by a visible
 * message element (Classic page messages and blocks, Lightning notifications, alerts, page headings).
 */

/** Where Salesforce shows a page's message: Classic blocks and messages, SLDS notices, alerts, headings. */
const MESSAGE = '[role="alert"], .message, .messageText, .pbBody, .errorMsg, .slds-notify, .slds-text-heading_medium, h1, h2, h3';

export const SALESFORCE_ERROR_STATES = [
  {
    // add-sales-insight-permission-set.md: "Users who don't have access to Sales Insight will see this
    // message" (de docs: „Sie verfügen nicht über die erforderlichen Berechtigungen, …“).
    id: 'sfdc.no-tab-access',
    within: MESSAGE,
    phrases: [
      'You do not have sufficient privileges to access this tab',
      'You don’t have sufficient privileges to access this tab',
      "You don't have sufficient privileges to access this tab",
      'Sie verfügen nicht über die erforderlichen Berechtigungen, um auf diese Registerkarte zuzugreifen',
      'Sie verfügen nicht über ausreichende Berechtigungen für den Zugriff auf diese Registerkarte',
      'Sie haben keine ausreichenden Berechtigungen für den Zugriff auf diese Registerkarte',
    ],
  },
] as const satisfies readonly ErrorStateRule[];

export type SalesforceErrorId = (typeof SALESFORCE_ERROR_STATES)[number]['id'];
