import { expect, type Frame, type Page } from '@playwright/test';
import type { ChromeGlobal } from '../harness/chrome-api';
import type { ExtensionSession } from './fixtures';
import { callout, frameWithCallout, walkLoop, type Scope } from './walk-loop';

export { callout };

/** Waits until the callout points at `target` for `step`, and returns it. */
export async function expectCallout(scope: Scope, step: string, target: string) {
  const dialog = callout(scope);
  await expect(dialog).toHaveAttribute('data-step', step);
  await expect(dialog).toHaveAttribute('data-target', target);
  await expect(dialog).not.toHaveAttribute('data-fallback', '');
  return dialog;
}

/** The stored status of a step, read in the extension's worker (what every view shows). */
export async function storedStep(session: ExtensionSession, stepId: string): Promise<{ status: string; via: string | null; evidence: unknown[] } | undefined> {
  const items = await session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('progress'));
  const progress = items.progress as { state: { steps: Record<string, { status: string; via: string | null; evidence: unknown[] }> } } | undefined;
  return progress?.state.steps[stepId];
}

/** Waits until a step is done from page evidence (not by hand). */
export async function expectDoneFromEvidence(session: ExtensionSession, stepId: string) {
  await expect.poll(async () => (await storedStep(session, stepId))?.status, { message: `${stepId} done`, timeout: 15_000 }).toBe('done');
  expect((await storedStep(session, stepId))?.via).toBe('evidence');
}

/**
 * Clicks where the guide points: the centre of the spotlight, through our overlay (which lets clicks
 * pass), as a user would. Works inside frames: bounding boxes are in page coordinates.
 */
export async function clickSpotlight(page: Page, scope: Scope = page): Promise<boolean> {
  const spot = scope.locator('msi-guide-overlay [data-spotlight]');
  const box = await spot.boundingBox({ timeout: 3000 }).catch(() => null);
  if (!box) return false;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}

export interface WalkOptions {
  /** What to do instead of a click for targets that need input (fill a field, choose a file). */
  inputs?: Record<string, (frame: Frame) => Promise<void>>;
  /** Look for the callout in every frame of the page (apps that nest frames, like Salesforce). */
  anyFrame?: boolean;
  /** Stop early (before the step is done) once this holds, e.g. to navigate as a user would. */
  until?: () => Promise<boolean>;
  /** Read each callout this long before acting, as a person would (evidence needs a steady page). */
  dwellMs?: number;
  scope?: Scope;
  /**
   * Assert that each callout points at the replica's own marking of the right element (`data-truth`,
   * a test oracle the replicas carry, never read by the extension): a callout that exists is not enough.
   */
  checkTruth?: boolean;
}

/**
 * Asserts that the spotlight sits on the element the replica marks as `target` (`[data-truth~=target]`):
 * exactly one such element, the spotlight's centre inside it, and either the spotlight inside it (a part
 * such as its label) or it inside the spotlight (a little padding around it). A neighbour, a wrapper
 * around several controls or a look-alike elsewhere all fail.
 */
export async function expectPointsAtTruth(scope: Scope, target: string) {
  const truth = scope.locator(`[data-truth~="${target}"]`);
  await expect(truth, `the replica marks the true ${target}`).toHaveCount(1);
  const spot = scope.locator('msi-guide-overlay [data-spotlight]');
  await expect
    .poll(async () => {
      const [a, b] = await Promise.all([spot.boundingBox({ timeout: 1000 }).catch(() => null), truth.boundingBox({ timeout: 1000 }).catch(() => null)]);
      if (!a || !b) return 'no box';
      const inside = (p: { x: number; y: number }, r: typeof a) => p.x >= r.x - 1 && p.x <= r.x + r.width + 1 && p.y >= r.y - 1 && p.y <= r.y + r.height + 1;
      const centre = (r: typeof a) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      // Within `pad` px: the spotlight may be drawn a little around its element.
      const within = (inner: typeof a, outer: typeof a, pad = 10) =>
        inner.x >= outer.x - pad && inner.y >= outer.y - pad && inner.x + inner.width <= outer.x + outer.width + pad && inner.y + inner.height <= outer.y + outer.height + pad;
      // On the marked element, a part of it (its label) or the element with a little padding: never beside it.
      const onIt = inside(centre(a), b) && (within(a, b) || within(b, a));
      return onIt ? 'on target' : `spotlight ${JSON.stringify(a)} vs ${target} ${JSON.stringify(b)}`;
    }, { message: `callout points at ${target}`, timeout: 5000 })
    .toBe('on target');
}

/**
 * Follows the callouts of one step to its end, clicking what each points at (or doing the given
 * input), until the step is done from page evidence. Returns the targets visited, in order.
 */
export function walkStep(session: ExtensionSession, page: Page, stepId: string, options: WalkOptions = {}): Promise<string[]> {
  const fixed = options.scope ?? page;
  return walkLoop(
    stepId,
    {
      done: async () => (await storedStep(session, stepId))?.status === 'done',
      scope: async () => (options.anyFrame ? ((await frameWithCallout(page)) ?? page) : fixed),
      async act(scope, target) {
        if (options.checkTruth) await expectPointsAtTruth(scope, target);
        if (options.dwellMs) await page.waitForTimeout(options.dwellMs);
        const input = options.inputs?.[target];
        if (input) {
          await input('mainFrame' in scope ? scope.mainFrame() : 'childFrames' in scope ? scope : page.mainFrame());
          return true;
        }
        // The spotlight may have moved on to a late-rendered control after we read the target: look again
        // (a click on the new control would skip a sub-step unrecorded).
        if ((await callout(scope).getAttribute('data-target', { timeout: 1000 }).catch(() => null)) !== target) return false;
        return clickSpotlight(page, scope);
      },
      expectDone: () => expectDoneFromEvidence(session, stepId),
    },
    options.until,
  );
}
