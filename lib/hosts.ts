/**
 * The host apps the guide runs on, as manifest match patterns. One list serves the manifest
 * (content_scripts.matches) and the background's sender check.
 */
export const CONTENT_SCRIPT_MATCHES = [
  // Marketo Engage classic UI (app-XXX) and the newer engage-XX hosts; also the iframe inside experience.adobe.com.
  'https://*.marketo.com/*',
  // Adobe Experience Cloud shell that hosts Marketo Engage in a child frame.
  'https://experience.adobe.com/*',
  // Sales Insight Actions (formerly ToutApp / Marketo Sales Connect).
  'https://toutapp.com/*',
  'https://*.toutapp.com/*',
  // Salesforce Lightning, Setup and the Visualforce frame of the Marketo Sales Insight Config tab.
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.my.salesforce-setup.com/*',
  'https://*.visual.force.com/*',
  'https://*.vf.force.com/*',
] as const;
