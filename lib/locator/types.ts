import type { PageId } from '../pages/types';
import type { Locale } from '../i18n/locale';
import type { LocatorWay } from '../targets/types';

/** Decides whether an element is on screen. Injectable because DOM emulators (happy-dom) have no layout. */
export type VisibilityFn = (el: Element) => boolean;

/** Where to look, and what page detection concluded for this frame. */
export interface LocateContext {
  root: Document | Element;
  page: PageId | null;
  /** Defaults to {@link isVisible} (with the size rule); tests without a layout engine pass their own. */
  isVisible?: VisibilityFn;
  /** Finds the element of another target, for targets with `within`; without it such targets are not found. */
  elementOf?: (key: string) => Element | null;
  /**
   * Whether another target was on screen earlier in this frame (a dialog now closed), for `orAlertDialog`
   * scopes: an alert dialog confirms only a dialog the user had open. Without it, no alert-dialog scope.
   */
  wasShown?: (key: string) => boolean;
}

/** Why one way did not yield a target. Diagnostic only: it names ways, never page text. */
export type WayOutcome = 'none' | 'ambiguous' | 'hidden' | 'invalid-selector';

/** One way that was tried and failed, for the "could not find it" diagnostics. */
export interface TriedWay {
  /** Index into `TargetDef.ways`. */
  way: number;
  by: LocatorWay['by'];
  lang?: Locale;
  outcome: WayOutcome;
}

/** What {@link locateTarget} concluded. */
export type LocateResult =
  | { status: 'found'; element: Element; way: number; by: 'css' | 'text' }
  | { status: 'route'; way: number }
  | { status: 'not-found'; tried: TriedWay[] };
