import type { GuideAppData } from '../../../lib/guide/app-data';
import type { Locale } from '../../../lib/i18n/locale';
import type { DomWatch } from '../../../lib/locator/dom-watch';
import type { PageDetection } from '../../../lib/pages/types';
import { csvUploadAssist } from './csv-upload';
import { credentialsCopyAssist } from './credentials-copy';
import { apiSecretKeyAssist, remoteSiteAssist } from './credentials-salesforce';
import { credentialsSetUpAssist } from './credentials-setup';

/**
 * What an in-page assist (credential checks beside fields, the CSV pre-flight on the upload dialog…)
 * gets from the guide runtime of its frame.
 */
export interface AssistEnv {
  data: GuideAppData;
  watch: DomWatch;
  /** The page this frame shows now, or null. */
  page(): PageDetection | null;
  /** The guide language for this page. */
  locale(): Locale;
  /** Where assists render their UI: inside our shadow root, never in the host's DOM tree styles. */
  overlayRoot: ShadowRoot;
  /** The element an event started at, also inside our closed shadow root (see OverlayHost.targetOf). */
  targetOf(event: Event): EventTarget | null;
}

/** An assist starts with the frame and returns its stop function. */
export type Assist = (env: AssistEnv) => () => void;

/**
 * The assists of every app; each decides from `env.data.app` and the page whether it has work. Each is
 * listed under its content script's name: WXT replaces ENTRYPOINT with that name at build time, so every
 * content script ships only its own app's assists (30 KB gzip budget each).
 */
export const ASSISTS: readonly Assist[] = [
  ...(import.meta.env.ENTRYPOINT === 'marketo' ? [credentialsCopyAssist] : []),
  ...(import.meta.env.ENTRYPOINT === 'sales-insight-actions' ? [csvUploadAssist, credentialsSetUpAssist] : []),
  ...(import.meta.env.ENTRYPOINT === 'salesforce' ? [remoteSiteAssist, apiSecretKeyAssist] : []),
  // The practice sandbox's replica frames run every app.
  ...(import.meta.env.ENTRYPOINT === 'practice-guest'
    ? [credentialsCopyAssist, csvUploadAssist, credentialsSetUpAssist, remoteSiteAssist, apiSecretKeyAssist]
    : []),
];

/** Starts every assist for this frame; returns one stop function. */
export function startAssists(env: AssistEnv): () => void {
  const stops = ASSISTS.map((assist) => assist(env));
  return () => stops.forEach((stop) => stop());
}
