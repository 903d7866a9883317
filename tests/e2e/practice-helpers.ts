import { expect, type Frame, type Page } from '@playwright/test';
import type { ChromeGlobal } from '../harness/chrome-api';
import type { ExtensionSession } from './fixtures';
import { callout } from './guide-helpers';

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

/** The frame (at any depth) whose overlay shows a callout now. */
async function frameWithCallout(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) if ((await callout(frame).count().catch(() => 0)) > 0) return frame;
  return null;
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
export async function walkByKeyboard(
  session: ExtensionSession,
  page: Page,
  stepId: string,
  inputs: Record<string, KeyboardInput> = {},
  until?: () => Promise<boolean>,
): Promise<string[]> {
  const visited: string[] = [];
  const status = async () => (await storedSteps(session, 'practiceProgress'))?.[stepId]?.status;
  for (let turn = 0; turn < 20 && (await status()) !== 'done'; turn++) {
    if (until && (await until())) return visited;
    let frame: Frame | null = null;
    let target: string | null = null;
    await expect
      .poll(async () => {
        if ((await status()) === 'done' || (until && (await until()))) return 'done';
        frame = await frameWithCallout(page);
        const step = frame && (await callout(frame).getAttribute('data-step', { timeout: 500 }).catch(() => null));
        target = frame && step === stepId ? await callout(frame).getAttribute('data-target', { timeout: 500 }).catch(() => null) : null;
        return target ? 'callout' : 'waiting';
      }, { timeout: 15_000, message: `callout of ${stepId}` })
      .not.toBe('waiting');
    if (!frame || !target) continue;
    // The callout may be gone already (its frame navigated): then look again.
    const fallback = await callout(frame).getAttribute('data-fallback', { timeout: 2000 }).catch(() => 'gone');
    if (fallback === 'gone') continue;
    expect(fallback, `fallback instead of a callout for ${target}`).toBeNull();
    visited.push(target);
    if (process.env.WALK_DEBUG) console.log(stepId, target);
    await page.waitForTimeout(300);
    // The guide's keys rest while the focus is in a field (they are typing keys there): Tab out first.
    for (let i = 0; i < 5 && (await focusedKind(frame)) === 'field'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Alt+Shift+KeyJ');
    const input = inputs[target];
    if (input) await input(page, frame);
    else {
      // A button the host enables a moment later (after reading a file) takes the focus once it is enabled.
      for (let i = 0; i < 10 && ['field', 'file', 'none'].includes(await focusedKind(frame)); i++) {
        await page.waitForTimeout(300);
        await page.keyboard.press('Alt+Shift+KeyJ');
      }
      const kind = await focusedKind(frame);
      if (process.env.WALK_DEBUG) console.log('  focused:', kind);
      await page.keyboard.press(kind === 'checkbox' ? 'Space' : 'Enter');
    }
    const before = target;
    await expect
      .poll(async () => {
        if ((await status()) === 'done' || (until && (await until()))) return 'moved';
        const where = await frameWithCallout(page);
        const now = where && (await callout(where).getAttribute('data-target', { timeout: 500 }).catch(() => null));
        return now !== before ? 'moved' : 'same';
      }, { timeout: 15_000, message: `guide moved on from ${before}` })
      .toBe('moved');
  }
  if (until) return visited;
  await expect.poll(status, { timeout: 15_000, message: `${stepId} done` }).toBe('done');
  expect((await storedSteps(session, 'practiceProgress'))?.[stepId]?.via).toBe('evidence');
  return visited;
}
