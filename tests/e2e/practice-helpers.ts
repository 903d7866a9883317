import { expect, type Frame, type Page } from '@playwright/test';
import type { ChromeGlobal } from '../harness/chrome-api';
import type { ExtensionSession } from './fixtures';
import { frameWithCallout, walkLoop } from './walk-loop';

type StoredSteps = Record<string, { status: string; via: string | null; evidence: unknown[] }>;

/** Progress as stored under `key` ('progress' or 'practiceProgress'), read in the worker. */
export async function storedSteps(session: ExtensionSession, key: string): Promise<StoredSteps | undefined> {
  const items = await session.worker.evaluate((k) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(k), key);
  return (items[key] as { state: { steps: StoredSteps } } | undefined)?.state.steps;
}

/** Opens the practice sandbox and moves the keyboard focus into its screen (skip link: Tab, Enter). */
export async function openPractice(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/practice.html`);
  await expect(page.frameLocator('#practice-screen').locator('msi-guide-overlay [role="dialog"]')).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip')).toBeFocused();
  await page.keyboard.press('Enter');
  return page;
}

/** Types an address into the sandbox's address bar, reached with Ctrl+L as in a browser. */
export async function goByKeyboard(page: Page, address: string): Promise<void> {
  await page.keyboard.press('Control+KeyL');
  await expect(page.locator('#practice-address')).toBeFocused();
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');
}

/** What the focused element in `frame` is: 'checkbox', 'field', 'file' or 'control'. */
async function focusedKind(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return 'none';
    if (el.type === 'checkbox' || el.type === 'radio') return 'checkbox';
    if (el.type === 'file') return 'file';
    return el.matches('input:not([type=button]):not([type=submit]),textarea,select') ? 'field' : 'control';
  });
}

/** A keyboard action for a target that needs input (typing, a file); gets the page and the callout's frame. */
export type KeyboardInput = (page: Page, frame: Frame) => Promise<void>;

/**
 * Follows the callouts of one step with the keyboard only: Alt+Shift+J moves the focus to the control the
 * callout points at, then Enter (Space for a checkbox) or the given input. Done when practice progress
 * says so from page evidence. Returns the targets visited.
 */
export function walkByKeyboard(
  session: ExtensionSession,
  page: Page,
  stepId: string,
  inputs: Record<string, KeyboardInput> = {},
  until?: () => Promise<boolean>,
): Promise<string[]> {
  const status = async () => (await storedSteps(session, 'practiceProgress'))?.[stepId]?.status;
  return walkLoop(
    stepId,
    {
      done: async () => (await status()) === 'done',
      scope: async () => (await frameWithCallout(page)) ?? page,
      async act(scope, target) {
        const frame = scope as Frame;
        await page.waitForTimeout(300);
        // The guide's keys rest while the focus is in a field (they are typing keys there): Tab out first.
        for (let i = 0; i < 5 && (await focusedKind(frame)) === 'field'; i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Alt+Shift+KeyJ');
        const input = inputs[target];
        if (input) return input(page, frame).then(() => true);
        // A button the host enables a moment later (after reading a file) takes the focus once it is enabled.
        for (let i = 0; i < 10 && ['field', 'file', 'none'].includes(await focusedKind(frame)); i++) {
          await page.waitForTimeout(300);
          await page.keyboard.press('Alt+Shift+KeyJ');
        }
        await page.keyboard.press((await focusedKind(frame)) === 'checkbox' ? 'Space' : 'Enter');
        return true;
      },
      async expectDone() {
        await expect.poll(status, { timeout: 15_000, message: `${stepId} done` }).toBe('done');
        expect((await storedSteps(session, 'practiceProgress'))?.[stepId]?.via).toBe('evidence');
      },
    },
    until,
  );
}
