import type { GuideAppData } from '../../../lib/guide/app-data';
import type { Locale } from '../../../lib/i18n/locale';
import type { DomWatch } from '../../../lib/locator/dom-watch';
import type { PageDetection } from '../../../lib/pages/types';

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
  /** Whether presenter mode is on. */
  presenter(): boolean;
  /** Calls `listener` whenever the guide's context (progress, language, presenter mode) changes; returns its stop. */
  onContext(listener: () => void): () => void;
  /** Where assists render their UI: inside our shadow root, never in the host's DOM tree styles. */
  overlayRoot: ShadowRoot;
  /** The element an event started at, also inside our closed shadow root (see OverlayHost.targetOf). */
  targetOf(event: Event): EventTarget | null;
}

/** An assist starts with the frame and returns its stop function. */
export type Assist = (env: AssistEnv) => () => void;
