import type { GuideAppData } from '../../lib/guide/app-data';
import { detectWith } from '../../lib/pages/detect';
import { isOwnAppFrame } from './frame-trust';
import { runGuide, type GuideFrameOptions } from './run-guide';
import { whileActive } from './while-active';

/**
 * Starts the guide in this frame for as long as the frame's address is one of `data`'s app pages (on
 * the Experience Cloud shell: while its route is Marketo's), dormant otherwise. Returns a stop function.
 */
export function startGuide(data: GuideAppData, options: GuideFrameOptions = {}): () => void {
  const url = () => options.address?.().url ?? location.href;
  const recognised = () => detectWith(data.detectors, { url: url(), canvasTitle: null, inFrame: false }) !== null;
  return whileActive(window, recognised, () => runGuide(data, options));
}

/** The content scripts' start on a live app: nothing at all in a frame that is not the app's own. */
export function startLiveGuide(data: GuideAppData): () => void {
  return isOwnAppFrame(data.app) ? startGuide(data) : () => undefined;
}
