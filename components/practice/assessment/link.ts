import { STEP_IDS, type StepId } from '../../../lib/guide/types';

/*
 * How the sandbox page and the guide in its replica frames talk during an assessment. All are pages of
 * this extension's origin in one tab: the page marks the assessment in the tab's sessionStorage (which
 * its frames share, so a frame that loads later knows at once) and posts to its frames; the frames post
 * to the page. Messages are checked for shape and origin on arrival.
 */

/** The sessionStorage key that says an assessment runs in this tab (value `on`). */
export const ASSESSMENT_FLAG = 'msi-assessment';
const TAG = 'msi-assessment';

/** Page → frames: the flag changed (read it again), or show the callout now (a hint). */
export type ToFrames = { tag: typeof TAG; kind: 'state' } | { tag: typeof TAG; kind: 'hint' };

/**
 * Frames → page: which step the guide shows in that frame (null: none), a hint taken with Alt+Shift+J,
 * or a control clicked off the step's path.
 */
export type ToPage =
  | { tag: typeof TAG; kind: 'guide'; frame: string; step: StepId | null }
  | { tag: typeof TAG; kind: 'jump-hint'; step: StepId }
  | { tag: typeof TAG; kind: 'off-path'; step: StepId };

/** Is an assessment running in this tab? */
export function assessmentOn(storage: Storage): boolean {
  try {
    return storage.getItem(ASSESSMENT_FLAG) === 'on';
  } catch {
    return false;
  }
}

const isStep = (value: unknown): value is StepId => typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);

/** A message from our own frames, or null for anything else (another origin, another shape). */
export function readToPage(event: MessageEvent, origin: string): ToPage | null {
  if (event.origin !== origin) return null;
  const data = event.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || data.tag !== TAG) return null;
  if (data.kind === 'guide' && typeof data.frame === 'string' && (data.step === null || isStep(data.step))) {
    return { tag: TAG, kind: 'guide', frame: data.frame.slice(0, 40), step: data.step };
  }
  if ((data.kind === 'jump-hint' || data.kind === 'off-path') && isStep(data.step)) return { tag: TAG, kind: data.kind, step: data.step };
  return null;
}

/** A message from the sandbox page, or null. */
export function readToFrames(event: MessageEvent, origin: string): ToFrames | null {
  if (event.origin !== origin) return null;
  const data = event.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || data.tag !== TAG) return null;
  return data.kind === 'state' || data.kind === 'hint' ? { tag: TAG, kind: data.kind } : null;
}

/** Posts `kind` to every frame under `win`, at any depth (replicas nest frames). */
export function postToFrames(win: Window, kind: ToFrames['kind']): void {
  const message: ToFrames = { tag: TAG, kind };
  const visit = (w: Window) => {
    for (let i = 0; i < w.frames.length; i++) {
      const child = w.frames[i]!;
      child.postMessage(message, win.location.origin);
      visit(child);
    }
  };
  visit(win);
}

/** Posts to the sandbox page (the top window of the tab). */
export function postToPage(win: Window, message: ToPage extends infer M ? (M extends unknown ? Omit<M, 'tag'> : never) : never): void {
  win.top?.postMessage({ tag: TAG, ...message }, win.location.origin);
}
