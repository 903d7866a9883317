import type { Assist, AssistEnv } from './types';
import { csvUploadAssist } from './csv-upload';
import { credentialsCopyAssist } from './credentials-copy';
import { apiSecretKeyAssist, remoteSiteAssist } from './credentials-salesforce';
import { credentialsSetUpAssist } from './credentials-setup';

export type { Assist, AssistEnv };

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
