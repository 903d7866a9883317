import { browser } from 'wxt/browser';
import { getStep, GUIDE } from '../../lib/apps';
import { stepPosition } from '../../lib/guide/runner';
import { APP_NAMES } from '../../lib/pages/names';
import { nextStep } from '../../lib/progress/next-step';
import { laterElsewhere } from '../../lib/progress/later-elsewhere';
import { laterLines } from '../../lib/i18n/later-text';
import { statusesOf } from '../../lib/progress/statuses';
import type { GuideStep, StepId } from '../../lib/guide/types';
import type { GuideContext, NextUp, OpenStepResult } from '../../lib/messaging/protocol';
import { GUIDE_REFRESH } from '../../lib/messaging/refresh';
import { appOfUrl, EXPERIENCE_CLOUD_HOST } from '../../lib/hosts';
import { DEFAULT_HOSTS, startUrl } from '../../lib/pages/urls';
import type { AppId, PageDetection } from '../../lib/pages/types';
import type { ProgressState } from '../../lib/progress/types';
import type { TabPages } from './tab-pages';
import type { StorageAreaLike } from '../../lib/storage-area';

const FOCUS_KEY = 'focus';

/** The step chosen with "Go to step", kept for this browser session. */
export function createFocus(area: StorageAreaLike) {
  return {
    get: async (): Promise<StepId | null> => ((await area.get(FOCUS_KEY))[FOCUS_KEY] as StepId | undefined) ?? null,
    set: (stepId: StepId) => area.set({ [FOCUS_KEY]: stepId }),
  };
}

/** What a content script needs to run the guide: statuses, language, persona and the focused step. */
export function guideContext(state: ProgressState, focus: StepId | null): GuideContext {
  const statuses = statusesOf(state);
  const proven = Object.fromEntries(Object.entries(state.steps).filter(([, p]) => p.evidence.length).map(([id, p]) => [id, [...new Set(p.evidence.map((e) => e.rule))]]));
  const { locale, persona, presenter } = state.prefs;
  const later = Object.fromEntries(Object.entries(laterElsewhere(GUIDE, statuses, persona)).map(([id, groups]) => [id, laterLines(groups)]));
  return { statuses, locale, persona, presenter, focus, proven, nextUp: nextUpOf(nextStep(GUIDE, statuses, persona)), later };
}

/** The next step as a content script of another app shows it (it carries only its own app's steps). */
function nextUpOf(step: GuideStep | null): NextUp | null {
  if (!step) return null;
  const { index, total } = stepPosition(step);
  return { id: step.id, kind: step.kind, n: index, total, app: step.app, appName: APP_NAMES[step.app], title: step.title };
}

/**
 * "Go to step": focuses a tab already on the step's app and host (navigating it to the start page
 * unless Marketo runs embedded in Experience Cloud), else opens a new tab. The host is the one the
 * organisation set (`managedHost` of the step's app), else the one the user typed, else the last one
 * seen; without any it asks the popup to ask the user.
 */
export async function openStep(
  state: ProgressState,
  tabPages: TabPages,
  stepId: StepId,
  hostGiven: string | undefined,
  managedHost: (app: AppId) => string | undefined = () => undefined,
): Promise<OpenStepResult | { invalidHost: true }> {
  const step = getStep(stepId);
  const host = managedHost(step.app) ?? hostGiven ?? state.hostsSeen.find((h) => h.app === step.app)?.host ?? DEFAULT_HOSTS[step.app];
  if (!host) return { needsHost: step.app };
  const url = startUrl(step.app, step.startPage, host);
  if (!url) return { invalidHost: true };
  const found = await tabPages.find((d: PageDetection) => d.app === step.app && d.host === host);
  const existing = found && (await showsApp(found.tabId, found.detection)) ? found : null;
  if (existing) {
    await browser.tabs.update(existing.tabId, existing.detection.embedded ? { active: true } : { active: true, url });
    // Same-document navigations keep the content script: tell it the focused step changed.
    browser.tabs.sendMessage(existing.tabId, GUIDE_REFRESH).catch(() => undefined);
    return { opened: 'existing-tab', url };
  }
  await browser.tabs.create({ url });
  return { opened: 'new-tab', url };
}

/**
 * Does the tab's top page still show what its frame reported: the app on that host, or for Marketo
 * embedded in Experience Cloud, the shell? Reports may be stale (the tab navigated elsewhere since):
 * a tab is only focused or navigated when its own address says so.
 */
async function showsApp(tabId: number, frame: PageDetection): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.url || appOfUrl(tab.url) !== frame.app) return false;
  return new URL(tab.url).hostname === (frame.embedded ? EXPERIENCE_CLOUD_HOST : frame.host);
}
