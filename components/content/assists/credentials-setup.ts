import { SIA_TARGETS } from '../../../lib/targets/sales-insight-actions';
import type { TargetDef } from '../../../lib/targets/types';
import { fieldCheck } from './credentials-fields';

/**
 * The Munchkin ID field of the Set Up tab. Client ID and Client Secret are registry targets (presenter
 * mode masks them); the Munchkin ID is not secret, so only this assist needs it and it stays here (every
 * registry entry ships in the content script, which has a 30 KB budget).
 */
const MUNCHKIN_ID: TargetDef = {
  page: 'sia-settings-marketo',
  ways: [
    // Set Up form field by name, current UI, any language (inference)
    { by: 'css', selector: 'input[name="munchkinId" i], input[name="munchkin_id" i]' },
    // Field label, English UI
    { by: 'text', lang: 'en', text: 'Munchkin ID', resolve: 'labelled-field', candidates: 'label' },
    // Field label, German UI
    { by: 'text', lang: 'de', text: 'Munchkin-ID', resolve: 'labelled-field', candidates: 'label' },
  ],
};

/** Checks Munchkin ID, Client ID and Client Secret on the Set Up tab as they are typed or pasted. */
export const credentialsSetUpAssist = /* @__PURE__ */ fieldCheck({
  page: 'sia-settings-marketo',
  fields: [
    ['munchkinId', MUNCHKIN_ID],
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
