/**
 * The host apps the guide runs on, as manifest match patterns, per app (each app has its own content
 * script). The union serves the background's sender check.
 */
export const APP_MATCHES = {
  // Marketo Engage classic UI (app-XXX) and the newer engage-XX hosts; also the iframe inside
  // experience.adobe.com, and the Adobe Experience Cloud shell that hosts it.
  marketo: ['https://*.marketo.com/*', 'https://experience.adobe.com/*'],
  // Sales Insight Actions (formerly ToutApp / Marketo Sales Connect).
  'sales-insight-actions': ['https://toutapp.com/*', 'https://*.toutapp.com/*'],
  // Salesforce Lightning, Setup and the Visualforce frame of the Marketo Sales Insight Config tab.
  salesforce: [
    'https://*.lightning.force.com/*',
    'https://*.my.salesforce.com/*',
    'https://*.my.salesforce-setup.com/*',
    'https://*.visual.force.com/*',
    'https://*.vf.force.com/*',
  ],
} as const;

/** Every host pattern our content scripts run on. */
export const CONTENT_SCRIPT_MATCHES = Object.values(APP_MATCHES).flat();
