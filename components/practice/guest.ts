import { MARKETO_APP } from '../../lib/apps/marketo';
import { SALESFORCE_APP } from '../../lib/apps/salesforce';
import { SIA_APP } from '../../lib/apps/sales-insight-actions';
import type { GuideAppData } from '../../lib/guide/app-data';
import { appOfUrl } from '../../lib/hosts';
import type { AppId } from '../../lib/pages/types';
import { PRACTICE_PAGE_PATH, practiceAddressOf } from '../../lib/practice/address';
import { addressBarKeys } from './address-bar-keys';
import type { FrameAddress } from '../../lib/pages/signals';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { hasGuidedChildFrame } from '../content/frames';
import { startGuide } from '../content/start-guide';
import { guideChildFrames } from './inject-guest';
import { createAssessmentGuest } from './assessment/guest';
import { credentialsCopyAssist } from '../content/assists/credentials-copy';
import { apiSecretKeyAssist, remoteSiteAssist } from '../content/assists/credentials-salesforce';
import { credentialsSetUpAssist } from '../content/assists/credentials-setup';
import { csvUploadAssist } from '../content/assists/csv-upload';
import { presenterMaskAssist } from '../content/assists/presenter-mask';

const APPS: Readonly<Record<AppId, GuideAppData>> = { marketo: MARKETO_APP, 'sales-insight-actions': SIA_APP, salesforce: SALESFORCE_APP };

/** The app whose content script the manifest would run on `address`: the same sites table decides. */
export function appForAddress(address: string): GuideAppData | null {
  const app = appOfUrl(address);
  return app ? APPS[app] : null;
}

/** Is this frame the sandbox's own frame, i.e. the top frame of the app it shows? */
function framedBySandbox(): boolean {
  try {
    return window.parent !== window && window.parent.location.pathname === PRACTICE_PAGE_PATH;
  } catch {
    return false;
  }
}

/**
 * The guide in one replica frame of the practice sandbox: the same runtime, locators and rules as the
 * content scripts, told the real-app address instead of the frame's extension URL, and following
 * practice progress. Child frames get the guide too. Stops when the frame's document goes away.
 */
export function startPracticeGuest(): void {
  const flagged = window as Window & { __msiPracticeGuest?: boolean };
  if (flagged.__msiPracticeGuest) return;
  flagged.__msiPracticeGuest = true;
  // The frame's place among frames never changes; its address does (hash and history navigation).
  const inFrame = !framedBySandbox();
  const address = (): FrameAddress => ({ url: practiceAddressOf(location.href) ?? location.href, inFrame });
  const data = appForAddress(address().url);
  const assessment = createAssessmentGuest(window);
  const stopGuide = data
    ? startGuide(data, {
        address,
        progressKey: PRACTICE_PROGRESS_STORAGE_KEY,
        answersVerify: false,
        opensSteps: false,
        assessment,
        assists: [credentialsCopyAssist, csvUploadAssist, credentialsSetUpAssist, remoteSiteAssist, apiSecretKeyAssist, presenterMaskAssist],
        hasGuidedChildFrame: (doc) => hasGuidedChildFrame(doc, (src) => practiceAddressOf(src) ?? src),
      })
    : () => undefined;
  const stopFrames = guideChildFrames(document);
  const stopKeys = addressBarKeys(window);
  window.addEventListener(
    'pagehide',
    () => {
      stopKeys();
      stopFrames();
      stopGuide();
      assessment.stop();
    },
    { once: true },
  );
}
