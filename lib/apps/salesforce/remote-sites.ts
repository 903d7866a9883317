/**
 * The two Remote Site Settings the MSI package needs in Salesforce, exactly as they must be entered:
 * Adobe's identity service and the Sales Insight Actions API. The one definition: targets, credential
 * checks, the protocol and the in-page assist all read it (and it costs a content script nothing).
 */
export const IMS_REMOTE_SITE = 'https://ims-na1.adobelogin.com';
export const SALES_CONNECT_REMOTE_SITE = 'https://mkto-sales-connect.adobe.io';
export const REMOTE_SITE_URLS = [IMS_REMOTE_SITE, SALES_CONNECT_REMOTE_SITE] as const;
export type RemoteSiteUrl = (typeof REMOTE_SITE_URLS)[number];
