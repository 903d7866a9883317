import { expect, type Page } from '@playwright/test';

/** The focused control's text (its label, else its text), in whichever frame has the focus; '' for none. */
export async function focusedText(page: Page): Promise<string> {
  // Deepest frames last in page.frames(): look there first, a frame element itself is not the control.
  for (const frame of page.frames().slice().reverse()) {
    const text = await frame
      .evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!document.hasFocus() || !el || el === document.body || el.tagName === 'IFRAME') return null;
        const label = el.labels?.[0]?.textContent ?? null;
        return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      })
      .catch(() => null);
    if (text !== null) return text;
  }
  return '';
}

/** Presses `key` (Tab, Shift+Tab) until the focused control's text matches `wanted`, as a keyboard user hunts for a control. */
export async function tabTo(page: Page, wanted: RegExp, key = 'Tab', most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    const text = await focusedText(page);
    if (process.env.WALK_DEBUG) console.log('  focus:', text.slice(0, 60));
    if (wanted.test(text)) return;
    await page.keyboard.press(key);
  }
  expect(await focusedText(page), `reached ${wanted} with ${key}`).toMatch(wanted);
}
