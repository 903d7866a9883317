import type { Page } from '@playwright/test';

/** One sub-step the callout showed: its step, sub-step index, and whether the user had just pressed Back. */
export type Shown = [step: string, sub: number];

/**
 * Records, in every frame of the page, each sub-step the callout shows (e2e build: the overlay's shadow
 * root is open). A MutationObserver sees every render, so a brief jump back is recorded too. The record
 * lives per document: a full page load (an OAuth round trip) starts the guide where that page is.
 */
export async function recordSubSteps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Array<[string, number]> = [];
    (window as unknown as { __msiShown: typeof seen }).__msiShown = seen;
    const note = (root: ShadowRoot) => {
      const dialog = root.querySelector('[role="dialog"][data-sub]');
      if (!dialog) return;
      const entry: [string, number] = [dialog.getAttribute('data-step') ?? '', Number(dialog.getAttribute('data-sub'))];
      const last = seen.at(-1);
      if (!last || last[0] !== entry[0] || last[1] !== entry[1]) seen.push(entry);
    };
    const watch = () => {
      const root = document.querySelector('msi-guide-overlay')?.shadowRoot;
      if (!root) return void setTimeout(watch, 50);
      new MutationObserver(() => note(root)).observe(root, { subtree: true, childList: true, attributes: true });
      note(root);
    };
    watch();
  });
}

/** What `recordSubSteps` saw so far, per frame that showed a callout. */
export async function recordedSubSteps(page: Page): Promise<Shown[][]> {
  const all: Shown[][] = [];
  for (const frame of page.frames()) {
    const seen = await frame.evaluate(() => (window as unknown as { __msiShown?: Shown[] }).__msiShown ?? []).catch(() => []);
    if (seen.length) all.push(seen);
  }
  return all;
}

/** Places where a step's sub-step index went down: none in a walk without Back. */
export function backwardJumps(records: Shown[][]): string[] {
  return records.flatMap((seen) =>
    seen.flatMap(([step, sub], i) => {
      const before = seen[i - 1];
      return before && before[0] === step && sub < before[1] ? [`${step}: ${before[1]} → ${sub}`] : [];
    }),
  );
}
