import type { StepModel } from '../../callout/model';
import type { GuideAssessment } from '../../content/guide-assessment';
import type { StepId } from '../../../lib/guide/types';
import { assessmentOn, postToPage, readToFrames } from './link';

/** What a click on a control is: only these count as "controls clicked" (a click on empty page does not). */
const CONTROL = 'a[href],button,input,select,textarea,summary,label,[role="button"],[role="tab"],[role="link"],[role="menuitem"],[role="treeitem"],[role="checkbox"],[role="option"],[tabindex]';

const keyOf = (model: StepModel) => `${model.step.id}|${model.subIndex}`;
/** A hint asked for before this frame had a callout to show. */
const NEXT = 'next';

/**
 * The assessment in one replica frame: while the sandbox runs one, the guide's callout stays hidden
 * until a hint is asked for (the sandbox's Hint button, or Alt+Shift+J), and then only for that
 * sub-step; clicks on controls off the shown step's path are reported (counted, never listed). The
 * frame tells the page which step it shows, so a hint counts for the right step.
 */
export function createAssessmentGuest(win: Window): GuideAssessment & { stop(): void } {
  const frame = Math.random().toString(36).slice(2, 12);
  const redraws = new Set<() => void>();
  let revealed: string | null = null;
  let current: StepModel | null = null;
  let told: StepId | null | undefined;
  const on = () => assessmentOn(win.sessionStorage);
  const tell = (step: StepId | null) => {
    if (told === step) return;
    told = step;
    postToPage(win, { kind: 'guide', frame, step });
  };
  const onMessage = (event: MessageEvent) => {
    const message = readToFrames(event, win.location.origin);
    if (!message) return;
    // No callout yet (the page still renders): the hint shows the next one that appears.
    if (message.kind === 'hint') revealed = current && current.kind !== 'minimised' ? keyOf(current) : NEXT;
    if (message.kind === 'state') revealed = null;
    redraws.forEach((redraw) => redraw());
  };
  win.addEventListener('message', onMessage);
  const onHide = () => tell(null);
  win.addEventListener('pagehide', onHide);

  return {
    visible(model) {
      // "Next up, elsewhere" is the guide's help too: hidden while an assessment runs.
      if (model?.kind === 'elsewhere') {
        current = null;
        tell(null);
        return on() ? null : model;
      }
      current = model;
      tell(model?.step.id ?? null);
      if (!model || !on()) return model;
      if (revealed === NEXT && model.kind !== 'minimised') revealed = keyOf(model);
      return model.kind !== 'minimised' && revealed === keyOf(model) ? model : null;
    },
    jumped(model) {
      if (!on() || revealed === keyOf(model)) return;
      revealed = keyOf(model);
      postToPage(win, { kind: 'jump-hint', step: model.step.id });
      redraws.forEach((redraw) => redraw());
    },
    watchClicks(doc, pathOf) {
      const onClick = (event: MouseEvent) => {
        const control = on() && event.isTrusted && event.target instanceof Element ? event.target.closest(CONTROL) : null;
        if (!control) return;
        const path = pathOf(control);
        if (path && !path.onPath) postToPage(win, { kind: 'off-path', step: path.step });
      };
      doc.addEventListener('click', onClick, true);
      return () => doc.removeEventListener('click', onClick, true);
    },
    onChange(redraw) {
      redraws.add(redraw);
      return () => redraws.delete(redraw);
    },
    stop() {
      tell(null);
      win.removeEventListener('message', onMessage);
      win.removeEventListener('pagehide', onHide);
    },
  };
}
