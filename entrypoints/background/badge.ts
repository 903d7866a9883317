import { browser } from 'wxt/browser';
import { summarizeProgress } from '../../lib/progress/summary';
import type { ProgressState } from '../../lib/progress/types';

/** Shows done/total on the toolbar button (MV3 `action`, MV2 `browserAction` in Firefox). */
export function showProgressBadge(state: ProgressState): void {
  const { all, skipped } = summarizeProgress(state);
  const { done, total } = all;
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeText({ text: `${done}/${total}` });
  void action.setBadgeBackgroundColor({ color: done + skipped === total ? '#2d7d46' : '#5c4c9f' });
}
