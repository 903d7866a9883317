import type { PageId } from '../pages/types';
import type { GuideAppData } from './app-data';
import { startSubStep } from './runner';
import type { GuideStep } from './types';

/**
 * What the page shows of one target, as the content runtime probed it:
 * `found` (on screen and usable), `disabled` (on screen, but its control does not accept input yet),
 * `route` (the page already is where the target leads), `missing`.
 */
export type TargetSeen = 'found' | 'disabled' | 'route' | 'missing';

/** How a completion rule stands: holding on this page `now`, `proven` earlier (recorded evidence), or `no`. */
export type RuleSeen = 'now' | 'proven' | 'no';

/** The progression's window on the page. The runtime answers from the DOM; tests answer from tables. */
export interface PageView {
  page: PageId;
  target(key: string): TargetSeen;
  rule(ruleId: string): RuleSeen;
}

/** Where the guide is inside one step. */
export interface Progress {
  step: GuideStep;
  index: number;
  /**
   * The user used this sub-step's control (a click, a committed change). The guide moves on only once the
   * page shows its effect: the next sub-step's control is on screen and usable.
   */
  used: number | null;
  /** The user moved with Next / Back on this page: the guide stops following the page forward. */
  manual: boolean;
  /** The step's completion rule the page showed: the callout says so, and the sub-step no longer changes. */
  verified: string | null;
}

/** What happened. `enter`: a step starts, or the page changed; `observe`: the page's content changed. */
export type ProgressEvent =
  | { type: 'enter'; step: GuideStep }
  | { type: 'observe' }
  /** A slower pace than `observe`: also follow panels that render late (the furthest control on screen). */
  | { type: 'follow' }
  | { type: 'used'; index: number }
  | { type: 'next' }
  | { type: 'back' };

/** What the callout shows for a progress. */
export interface Shown {
  subIndex: number;
  /** A sub-step whose control is on screen but disabled, so the guide waits (its `waitHint` says why). */
  waitingOn: number | null;
  /** The completion rule the page showed ("✓ Verified: …"). */
  verified: string | null;
}

const clamp = (step: GuideStep, index: number) => Math.max(0, Math.min(step.subSteps.length - 1, index));

/** Does the step's completion hold, with at least one rule shown on this page now? Returns that rule. */
export function completedBy(step: GuideStep, view: PageView): string | null {
  const seen = step.completion.rules.map((rule) => ({ id: rule.id, seen: view.rule(rule.id) }));
  const now = seen.find((r) => r.seen === 'now');
  if (!now) return null;
  if (step.completion.mode === 'all' && seen.some((r) => r.seen === 'no')) return null;
  return now.id;
}

/**
 * The guide's sub-step progression inside one step, as a pure function of what happened and what the
 * page shows. Its promises:
 * - it advances on state, never on a click alone: after the user used a control it moves on once the
 *   next control is on screen and enabled; a disabled next control makes it wait (`Shown.waitingOn`);
 * - it never moves backwards on its own: only `back` lowers the index (a new page of the same step
 *   starts no earlier than where the guide was);
 * - once the page shows the step's completion it holds still on that evidence (`verified`), unless the
 *   evidence goes away before it was recorded.
 */
export function advance(state: Progress | null, event: ProgressEvent, view: PageView, data: GuideAppData): Progress | null {
  if (event.type === 'enter') {
    const start = startSubStep(event.step, view.page, data, (key) => isOnScreen(view.target(key)), (id) => view.rule(id) !== 'no');
    const same = state?.step.id === event.step.id;
    const index = same ? Math.max(start, state!.index) : start;
    return settle({ step: event.step, index, used: null, manual: false, verified: same ? state!.verified : null }, view, data);
  }
  if (!state) return null;
  // A success holds still through the user's moves; only the page (its evidence gone) can take it back.
  if (state.verified && event.type !== 'observe' && event.type !== 'follow') return state;
  switch (event.type) {
    case 'next':
    case 'back': {
      // Over sub-steps whose destination the page already shows ("Open Admin" while in Admin): there is
      // nothing to do there. Moving by hand stops the follow-forward on this page.
      const delta = event.type === 'next' ? 1 : -1;
      let index = clamp(state.step, state.index + delta);
      while (index > 0 && index < state.step.subSteps.length - 1 && routeReached(state.step, index, view, data)) index += delta;
      if (routeReached(state.step, index, view, data)) index = state.index;
      return { ...state, index, used: null, manual: true };
    }
    case 'used':
      // A later control than the current one counts too (the user skipped ahead); an earlier one does not.
      if (event.index < state.index) return state;
      return settle({ ...state, used: event.index }, view, data);
    case 'follow': {
      const next = settle(state, view, data);
      if (next.manual || next.verified) return next;
      const start = startSubStep(next.step, view.page, data, (key) => isOnScreen(view.target(key)), (id) => view.rule(id) !== 'no');
      return start > next.index ? settle({ ...next, index: start, used: next.used !== null && next.used >= start ? next.used : null }, view, data) : next;
    }
    case 'observe':
      return settle(state, view, data);
  }
}

/** A target on screen, usable or not: a disabled button still shows where the user is. */
const isOnScreen = (seen: TargetSeen) => seen === 'found' || seen === 'disabled';

/** Applies what the page shows now: completion, destinations already reached, the effect of a used control. */
function settle(state: Progress, view: PageView, data: GuideAppData): Progress {
  const verified = completedBy(state.step, view);
  if (verified) return verified === state.verified && state.used === null ? state : { ...state, used: null, verified };
  // The evidence went away before it was recorded (e.g. Disconnect pressed at once): no success to show.
  if (state.verified) {
    if (view.rule(state.verified) !== 'no') return state;
    state = { ...state, verified: null };
  }
  let { index, used } = state;
  const last = state.step.subSteps.length - 1;
  if (used !== null && used < last) {
    // The effect of a used control: a later control shows. Not always the very next one (a CRM choice some
    // pages do not show, so Connect shows at once); never an optional fallback sub-step ("only if it
    // fails: open Setup"), which Next reaches by hand while the guide waits for the outcome.
    for (let later = used + 1; later <= last; later++) {
      const sub = state.step.subSteps[later]!;
      if (sub.optional) continue;
      const seen = view.target(sub.target);
      // A later control shown but disabled: the effect is still to come (the user has more to do first).
      if (seen === 'disabled') break;
      if (seen === 'found' || seen === 'route') {
        index = Math.max(index, later);
        used = null;
        break;
      }
    }
  }
  // A sub-step whose destination the page already shows is behind the user (not while they move by hand).
  while (!state.manual && index < last && routeReached(state.step, index, view, data)) index++;
  return index === state.index && used === state.used ? state : { ...state, index, used };
}

function routeReached(step: GuideStep, index: number, view: PageView, data: GuideAppData): boolean {
  const key = step.subSteps[index]!.target;
  return data.targets[key] !== undefined && view.target(key) === 'route';
}

/** What to show for a progress on this page. */
export function present(state: Progress, view: PageView): Shown {
  if (state.verified) return { subIndex: state.index, waitingOn: null, verified: state.verified };
  const subs = state.step.subSteps;
  const next = state.used !== null ? state.used + 1 : -1;
  let waitingOn: number | null = null;
  if (next > 0 && next < subs.length && view.target(subs[next]!.target) === 'disabled') waitingOn = next;
  else if (view.target(subs[state.index]!.target) === 'disabled') waitingOn = state.index;
  return { subIndex: state.index, waitingOn, verified: null };
}
