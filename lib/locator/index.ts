/**
 * Framework-free locator engine and evidence reader for the content script: finds registry targets on
 * host pages, reads completion evidence as booleans, and watches the DOM cheaply.
 */
export { createDomWatch, type DomWatch, type DomWatchOptions } from './dom-watch';
export { evaluateEvidence, readEvidence } from './evidence';
export { resolveLabelledField } from './labelled-field';
export { countMatches, locateTarget } from './locate';
export { normalizeText } from './text';
export type { LocateContext, LocateResult, TriedWay, VisibilityFn, WayOutcome } from './types';
export { createVisibility, isVisible, type VisibilityOptions } from './visibility';
