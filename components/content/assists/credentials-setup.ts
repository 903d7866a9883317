import { SIA_TARGETS } from '../../../lib/apps/sales-insight-actions/targets';
import { fieldCheck } from './credentials-fields';

/** Checks Munchkin ID, Client ID and Client Secret on the Set Up tab as they are typed or pasted. */
export const credentialsSetUpAssist = /* @__PURE__ */ fieldCheck({
  page: 'sia-settings-marketo',
  fields: [
    ['munchkinId', SIA_TARGETS['sia.marketo.setup.munchkin-id']],
    ['clientId', SIA_TARGETS['sia.marketo.setup.client-id']],
    ['clientSecret', SIA_TARGETS['sia.marketo.setup.client-secret']],
  ],
  payload: ({ munchkinId = '', clientId = '', clientSecret = '' }) => ({ munchkinId, clientId, clientSecret }),
  text: {
    en: {
      ok: 'Looks right.',
      fix: 'Fix',
      summary: {
        allOk: 'The values look right.',
        some: 'Fields to correct: {n}.',
        live: 'Check live',
        busy: 'Checking…',
        page: "Test them on the guide's Check credentials page: {url}",
      },
    },
    de: {
      ok: 'Sieht richtig aus.',
      fix: 'Korrigieren',
      summary: {
        allOk: 'Die Werte sehen richtig aus.',
        some: 'Zu korrigierende Felder: {n}.',
        live: 'Live prüfen',
        busy: 'Wird geprüft …',
        page: 'Testen Sie sie auf der Seite „Zugangsdaten prüfen“ der Anleitung: {url}',
      },
    },
  },
});
