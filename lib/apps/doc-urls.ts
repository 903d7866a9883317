import type { Localized } from '../i18n/locale';

/** Adobe Experience League pages for the Marketo Sales Insight docs, per language. */
const EN = 'https://experienceleague.adobe.com/en/docs/marketo/using/product-docs/marketo-sales-insight';
const DE = 'https://experienceleague.adobe.com/de/docs/marketo/using/product-docs/marketo-sales-insight';
/** The Sales Insight Actions Admin Setup Guide, below EN / DE. */
const GUIDE = '/actions/getting-started/sales-insight-actions-admin-setup-guide';
/** Step 7 page: installing the package from AppExchange. */
const INSTALL = '/msi-for-salesforce/installation/install-marketo-sales-insight-package-in-salesforce-appexchange';
/** Step 8 page: Sales Insight Actions configuration in Salesforce. */
const SFDC_CONFIG = '/actions/crm/salesforce-package-configuration/sales-insight-actions-configuration-in-salesforce';

/** Pages about the documented error states (recovery cards). */
const AUTH_FAQ = '/actions/faq/how-do-i-fix-we-were-unable-to-authenticate-your-request-when-connecting-to-salesforce';
const MARKETO_CONNECTION = '/actions/marketo/set-up-your-marketo-connection';
const ONBOARDING = '/actions/getting-started/sales-insight-actions-user-onboarding-guide';
const PERMISSION_SET = '/msi-for-salesforce/configuration/add-sales-insight-permission-set';

/** Documentation link of every prerequisite and step, in English and German. */
export const DOC_URLS = {
  prerequisites: { en: `${EN}${GUIDE}`, de: `${DE}${GUIDE}` },
  setUpSalesAccount: { en: `${EN}${GUIDE}#set-up-marketo-sales-account`, de: `${DE}${GUIDE}#set-up-marketo-sales-account` },
  connectSalesforce: {
    en: `${EN}${GUIDE}#connect-marketo-sales-account-to-salesforce`,
    de: `${DE}${GUIDE}#connect-marketo-sales-account-to-salesforce`,
  },
  connectMarketo: {
    en: `${EN}${GUIDE}#connect-marketo-to-your-sales-apps-account`,
    de: `${DE}${GUIDE}#connect-marketo-to-your-sales-apps-account`,
  },
  initiateDataSync: { en: `${EN}${GUIDE}#initiate-data-sync`, de: `${DE}${GUIDE}#initiate-data-sync` },
  inviteUsers: {
    en: `${EN}${GUIDE}#invite-individual-users-to-msi-actions`,
    de: `${DE}${GUIDE}#invite-individual-users-to-msi-actions`,
  },
  inviteUsersCsv: {
    en: `${EN}${GUIDE}#invite-users-via-csv-to-msi-actions`,
    de: `${DE}${GUIDE}#invite-users-via-csv-to-msi-actions`,
  },
  installPackage: { en: `${EN}${INSTALL}`, de: `${DE}${INSTALL}` },
  configureSalesforce: { en: `${EN}${SFDC_CONFIG}`, de: `${DE}${SFDC_CONFIG}` },
  authFaq: { en: `${EN}${AUTH_FAQ}`, de: `${DE}${AUTH_FAQ}` },
  marketoConnection: { en: `${EN}${MARKETO_CONNECTION}`, de: `${DE}${MARKETO_CONNECTION}` },
  onboarding: { en: `${EN}${ONBOARDING}`, de: `${DE}${ONBOARDING}` },
  permissionSet: { en: `${EN}${PERMISSION_SET}`, de: `${DE}${PERMISSION_SET}` },
} as const satisfies Record<string, Localized>;
