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
        if (options.dwellMs) await page.waitForTimeout(options.dwellMs);
        const input = options.inputs?.[target];
        if (!input) return clickSpotlight(page, scope);
        await input('mainFrame' in scope ? scope.mainFrame() : 'childFrames' in scope ? scope : page.mainFrame());
        return true;
      },
      expectDone: () => expectDoneFromEvidence(session, stepId),
    },
    options.until,
  );
}
