import type { Finding } from '../../../lib/credentials/types';
import type { Locale } from '../../../lib/i18n/locale';
import { IMS_REMOTE_SITE, SALES_CONNECT_REMOTE_SITE, type RemoteSiteUrl } from '../../../lib/apps/salesforce/remote-sites';
import { SALESFORCE_TARGETS } from '../../../lib/apps/salesforce/targets';
import { fieldCheck, type FieldText } from './credentials-fields';


const TEXT: Readonly<Record<Locale, FieldText & { oneOf: string }>> = {
  en: { ok: 'Looks right.', fix: 'Fix', oneOf: `Enter exactly one of ${IMS_REMOTE_SITE} or ${SALES_CONNECT_REMOTE_SITE}` },
  de: { ok: 'Sieht richtig aus.', fix: 'Korrigieren', oneOf: `Tragen Sie genau ${IMS_REMOTE_SITE} oder ${SALES_CONNECT_REMOTE_SITE} ein.` },
};

/** Which of the two remote sites a typed URL is meant to be, by words only one of them has; null if unclear. */
function meant(value: string): RemoteSiteUrl | null {
  const ims = /ims|login/i.test(value);
  const salesConnect = /sales|connect|mkto|\.io\b/i.test(value);
  return ims === salesConnect ? null : ims ? IMS_REMOTE_SITE : SALES_CONNECT_REMOTE_SITE;
}

/**
 * Salesforce Setup › Remote Site Settings, edit form: the URL must be exactly one of the two remote
 * sites. It is checked against the one it resembles; when it resembles neither (or both), the verdict
 * says it must be exactly one of the two instead of naming an arbitrary one.
 */
export const remoteSiteAssist = /* @__PURE__ */ fieldCheck({
  page: 'sfdc-remote-sites',
  fields: [['remoteSiteUrl', SALESFORCE_TARGETS['sfdc.remote-sites.url']]],
  payload: ({ remoteSiteUrl = '' }) => ({ remoteSiteUrl: { value: remoteSiteUrl, expected: meant(remoteSiteUrl) ?? IMS_REMOTE_SITE } }),
  adjust: (findings, { remoteSiteUrl = '' }): Finding[] =>
    meant(remoteSiteUrl)
      ? findings
      : findings.map((f) => (f.code === 'remote-site-mismatch' ? { ...f, message: { en: TEXT.en.oneOf, de: TEXT.de.oneOf }, fix: undefined } : f)),
  text: TEXT,
});

/** Salesforce › Marketo Sales Insight Config: format and paste hygiene of the API Secret Key. */
export const apiSecretKeyAssist = /* @__PURE__ */ fieldCheck({
  page: 'sfdc-msi-config',
  fields: [['apiSecretKey', SALESFORCE_TARGETS['sfdc.msi-config.api-secret-key']]],
  payload: ({ apiSecretKey = '' }) => ({ apiSecretKey }),
  text: TEXT,
});
