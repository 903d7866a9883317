import { detectExperienceShell, detectMarketo, type MarketoSignals } from '../apps/marketo/pages';
import { detectSalesInsightActions } from '../apps/sales-insight-actions/pages';
import { detectSalesforce } from '../apps/salesforce/pages';
import { APP_OF_PAGE, type PageDetection } from './types';

/** What a frame knows about itself: its URL plus the few DOM facts detection needs. */
export interface PageSignals extends MarketoSignals {
  url: string;
}

/**
 * Which app and page a frame shows, or null when it is none the guide knows. Pure: the content
 * script gathers the signals (lib/pages/signals.ts); examples live in ./examples.ts.
 */
export function detectPage(signals: PageSignals): PageDetection | null {
  return detectWith(ALL_DETECTORS, signals);
}

/** One app's detection: the URL (https only) and the frame's signals. */
export type Detector = (url: URL, signals: PageSignals) => PageDetection | null;

const ALL_DETECTORS: readonly Detector[] = [detectMarketo, detectExperienceShell, detectSalesInsightActions, detectSalesforce];

/** Detection with a chosen set of detectors: each app's content script carries only its own. */
export function detectWith(detectors: readonly Detector[], signals: PageSignals): PageDetection | null {
  let url: URL;
  try {
    url = new URL(signals.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  for (const detect of detectors) {
    const found = detect(url, signals);
    if (found) return found;
  }
  return null;
}

/** Ranks detections of several frames of one tab: a specific page beats a generic one, a child frame that runs Marketo beats the shell. */
export function pageSpecificity(detection: PageDetection): number {
  const generic = /-(other)$/.test(detection.page) ? 0 : detection.page === 'marketo-admin' || detection.page === 'sia-settings' ? 1 : 2;
  return generic * 2 + (detection.embedded ? 1 : 0);
}

/**
 * What the background records of a frame's report: the page as the frame read it (on Marketo only its
 * DOM tells the Admin page), but the app, host, shell and embedded flags as the frame's own address
 * says. Null when the report does not fit that address: a frame cannot claim another app's page, or
 * another host (a page on experience.adobe.com reporting a Salesforce remote-sites page elsewhere).
 * `inFrame`: whether the frame is a child frame of the app's page.
 */
export function confirmDetection(reported: PageDetection, frameUrl: string, inFrame: boolean): PageDetection | null {
  const fromUrl = detectPage({ url: frameUrl, canvasTitle: null, inFrame });
  if (!fromUrl || fromUrl.app !== reported.app || fromUrl.host !== reported.host || APP_OF_PAGE[reported.page] !== fromUrl.app) return null;
  // The shell's page comes from its route alone: it has no DOM of Marketo's to read.
  const page = fromUrl.shell ? fromUrl.page : reported.page;
  return { ...fromUrl, page };
}
