import { browser } from 'wxt/browser';

/**
 * The tab the popup describes: the active tab of its window. `?tab=ID` names a tab explicitly —
 * used when the popup page is opened in a tab of its own (tests, the practice sandbox).
 */
export async function currentTabId(): Promise<number | null> {
  const explicit = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
