import { bundlesFor, type AssistBundle } from '../../../lib/apps/assist-bundles';
import type { PageDetection } from '../../../lib/pages/types';
import { credentialsCopyAssist } from './credentials-copy';
import { apiSecretKeyAssist, remoteSiteAssist } from './credentials-salesforce';
import { credentialsSetUpAssist } from './credentials-setup';
import { csvUploadAssist } from './csv-upload';
import { openAssistHub } from './hub';
import type { Assist, AssistEnv } from './types';

export type { Assist, AssistEnv };

/** The assists of a frame: told each page the frame shows, stopped with the frame. */
export interface FrameAssists {
  onPage(detection: PageDetection | null): void;
  stop(): void;
}

/**
 * Starts the in-page assists of this frame. In an app's content script each bundle of
 * lib/apps/assist-bundles.ts is asked for once, when the frame first shows one of its pages, and the
 * background injects it (entrypoints/assist-*). The practice sandbox's replica frames are extension pages,
 * which cannot be injected into: their runtime (ENTRYPOINT, replaced by WXT at build time) carries every
 * assist and starts them all at once.
 */
export function startAssists(env: AssistEnv, load: (bundle: AssistBundle) => void): FrameAssists {
  if (import.meta.env.ENTRYPOINT === 'practice-guest') {
    const all = [credentialsCopyAssist, csvUploadAssist, credentialsSetUpAssist, remoteSiteAssist, apiSecretKeyAssist];
    const stops = all.map((assist) => assist(env));
    return { onPage: () => undefined, stop: () => stops.forEach((stop) => stop()) };
  }
  const closeHub = openAssistHub(env);
  const asked = new Set<AssistBundle>();
  return {
    onPage(detection) {
      for (const bundle of detection ? bundlesFor(detection.page) : []) {
        if (asked.has(bundle)) continue;
        asked.add(bundle);
        load(bundle);
      }
    },
    stop: closeHub,
  };
}
