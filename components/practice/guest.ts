import { MatchPattern } from '@webext-core/match-patterns';
import { MARKETO_APP } from '../../lib/guide/apps/marketo';
import { SALESFORCE_APP } from '../../lib/guide/apps/salesforce';
import { SIA_APP } from '../../lib/guide/apps/sales-insight-actions';
import type { GuideAppData } from '../../lib/guide/apps/types';
import { APP_MATCHES } from '../../lib/hosts';
import { PRACTICE_PAGE_PATH, practiceAddressOf } from '../../lib/practice/address';
import { addressBarKeys } from './address-bar-keys';
import type { FrameAddress } from '../../lib/pages/signals';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { hasGuidedChildFrame } from '../content/frames';
import { runGuide } from '../content/run-guide';
import { guideChildFrames } from './inject-guest';

const APPS: ReadonlyArray<{ patterns: MatchPattern[]; data: GuideAppData }> = [
  { patterns: APP_MATCHES.marketo.map((p) => new MatchPattern(p)), data: MARKETO_APP },
  { patterns: APP_MATCHES['sales-insight-actions'].map((p) => new MatchPattern(p)), data: SIA_APP },
  { patterns: APP_MATCHES.salesforce.map((p) => new MatchPattern(p)), data: SALESFORCE_APP },
];

/** The app whose content script the manifest would run on `address`: the same match patterns decide. */
export function appForAddress(address: string): GuideAppData | null {
  return APPS.find((app) => app.patterns.some((p) => p.includes(address)))?.data ?? null;
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
  const stopGuide = data
    ? runGuide(data, {
        address,
        progressKey: PRACTICE_PROGRESS_STORAGE_KEY,
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
    },
    { once: true },
  );
}
