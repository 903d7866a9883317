import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';

/** Where a callout can be: a page, a frame, or a frame locator. */
export type Scope = Page | FrameLocator | Frame;

/** The guide's callout (or fallback card) on a page or in a frame. */
/** A step's callout or fallback card (not the "next up, elsewhere" card, which belongs to no step of the app). */
export const callout = (scope: Scope) => scope.locator('msi-guide-overlay [role="dialog"]:not([data-elsewhere])');

/** The frame (at any depth) whose overlay shows a callout now, or null. */
export async function frameWithCallout(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) if ((await callout(frame).count().catch(() => 0)) > 0) return frame;
  return null;
}

/** How one walker (by pointer, by keyboard) finds the callout and does what it asks. */
export interface WalkDriver {
  /** Is the step stored as done? */
  done(): Promise<boolean>;
  /** Where the callout shows now (the walker's page, or the frame that shows one). */
  scope(): Promise<Scope>;
  /** Does what the callout asks at `target`; false when the target vanished (its frame navigated): look again. */
  act(scope: Scope, target: string): Promise<boolean>;
  /** After the walk: the step is done from page evidence. */
  expectDone(): Promise<void>;
}

/** A callout attribute, or null when the callout is not (or no longer) there. */
const attribute = (scope: Scope, name: string, timeout = 500) => callout(scope).getAttribute(name, { timeout }).catch(() => null);

/**
 * The walk both walkers share: follows the callouts of one step until it is done from page evidence (or
 * `until` holds), acting on each target through the driver. Each callout must be anchored (never the
 * written fallback) and the guide must move on after each action. Returns the targets visited, in order.
 */
export async function walkLoop(stepId: string, driver: WalkDriver, until?: () => Promise<boolean>): Promise<string[]> {
  const visited: string[] = [];
  const finished = async () => (await driver.done()) || (until !== undefined && (await until()));
  for (let turn = 0; turn < 20; turn++) {
    let scope: Scope | null = null;
    await expect
      .poll(
        async () => {
          if (await finished()) return 'done';
          scope = await driver.scope();
          const step = await attribute(scope, 'data-step');
          // "✓ Verified" points at the evidence, this step's or the one before's: nothing to act on there.
          if ((await attribute(scope, 'data-verified')) !== null) return `verified ${step}`;
          return step === stepId ? 'callout' : `callout of ${step}`;
        },
        { timeout: 15_000, message: `callout of ${stepId}` },
      )
      .toMatch(/^(done|callout)$/);
    if (await finished()) break;
    if (!scope) continue;
    const target = await attribute(scope, 'data-target', 2000);
    if (!target) continue;
    expect(await attribute(scope, 'data-fallback'), `fallback instead of a callout for ${target}`).toBeNull();
    visited.push(target);
    if (process.env.WALK_DEBUG) console.log(stepId, target);
    if (!(await driver.act(scope, target))) {
      visited.pop();
      continue;
    }
    // The guide moved on: another target, another step, or done.
    await expect
      .poll(async () => ((await finished()) || (await attribute(await driver.scope(), 'data-target')) !== target ? 'moved' : 'same'), {
        timeout: 15_000,
        message: `guide moved on from ${target}`,
      })
      .toBe('moved');
  }
  if (until && (await until())) return visited;
  await driver.expectDone();
  return visited;
}
