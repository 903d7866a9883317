import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { ChromeGlobal } from '../harness/chrome-api';
import type { ExtensionSession } from './fixtures';

type Scope = Page | FrameLocator;

/** The guide's callout (or fallback card) on a page or in a frame. */
export const callout = (scope: Scope) => scope.locator('msi-guide-overlay [role="dialog"]');

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
