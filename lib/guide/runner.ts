import type { GuideContext } from '../messaging/protocol';
import { isAtPage, type AppId, type PageId } from '../pages/types';
import type { TargetDef } from '../targets/types';
import type { GuideAppData } from './app-data';
import { PREREQUISITE_IDS, STEP_IDS, type GuideStep } from './types';

/** Is the step still open (neither done nor skipped)? */
const open = (ctx: GuideContext, step: GuideStep) => ctx.statuses[step.id] !== 'done' && ctx.statuses[step.id] !== 'skipped';

/**
 * The step the guide shows in a frame of `app`: the one chosen with "Go to step" if it belongs here
 * and is open, else the first open step of this app for the user's persona, in guide order.
 */
export function pickStep(ctx: GuideContext, app: AppId, steps: readonly GuideStep[]): GuideStep | null {
  const focused = ctx.focus ? steps.find((s) => s.id === ctx.focus) : undefined;
  if (focused && focused.app === app && open(ctx, focused)) return focused;
  return steps.find((s) => s.app === app && open(ctx, s) && (ctx.persona === 'both' || s.personas.includes(ctx.persona))) ?? null;
}

/** True when the user is already where this target leads ("Already in Settings"): a route way matches the page. */
export function routeSatisfied(target: TargetDef | undefined, page: PageId): boolean {
  return target?.ways.some((w) => w.by === 'route' && isAtPage(page, w.page)) ?? false;
}

/**
 * Where to start in a step on this page:
 * 1. after the last sub-step whose destination the page already is (route ways), or whose
 *    `doneWhen` rule holds (`ruleHolds` reads it on the page);
 * 2. then at the furthest sub-step whose target (one of this page's) is on screen: a tab or menu
 *    whose content already shows is behind the user;
 * 3. but back over the input sub-steps just before it that are on screen too: visible fields still
 *    need filling in before their Save or Send button.
 * Optional sub-steps ("if Connect fails…") are never where the guide starts by itself.
 * Without any visible target, the first remaining sub-step. `isFound` probes the DOM.
 */
export function startSubStep(
  step: GuideStep,
  page: PageId,
  data: GuideAppData,
  isFound: (key: string) => boolean,
  ruleHolds: (ruleId: string) => boolean = () => false,
): number {
  const subs = step.subSteps;
  let start = 0;
  subs.forEach((sub, index) => {
    if (routeSatisfied(data.targets[sub.target], page) || (sub.doneWhen && ruleHolds(sub.doneWhen))) start = index + 1;
  });
  start = Math.min(start, subs.length - 1);
  let at = -1;
  // Only targets of this page count: a look-alike of another page's control (every classic Setup
  // form has a Save button) must not make the guide skip ahead.
  const here = (index: number) => data.targets[subs[index]!.target]?.page === page;
  for (let index = subs.length - 1; index >= start && at < 0; index--) {
    if (!subs[index]!.optional && here(index) && isFound(subs[index]!.target)) at = index;
  }
  if (at < 0) return start;
  // A control used by several sub-steps (Save, for each remote site) means the earliest open one.
  const target = subs[at]!.target;
  at = subs.findIndex((sub, index) => index >= start && sub.target === target);
  while (at > start && subs[at - 1]!.input && isFound(subs[at - 1]!.target)) at--;
  return at;
}

/** Position labels: "Step 3 of 8" / "Prerequisite 1 of 2" (without needing the whole guide's data). */
export function stepPosition(step: GuideStep): { index: number; total: number } {
  if (step.kind === 'prerequisite') return { index: PREREQUISITE_IDS.indexOf(step.id) + 1, total: PREREQUISITE_IDS.length };
  return { index: step.number, total: STEP_IDS.length - PREREQUISITE_IDS.length };
}
