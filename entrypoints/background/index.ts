import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createProgressStore } from '../../stores/progress-store';
import { setPreferences } from '../../lib/progress/reducers';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { showProgressBadge } from './badge';
import { createFocus, openStep } from './guide-handlers';
import { createRouter } from './router';
import { checkCredentials } from './credential-check';
import { createCsvPortListener } from './csv-port';
import { CSV_HANDOFF_HASH } from '../../lib/messaging/csv-port-types';
import { createTabPages } from './tab-pages';
import { verifySetup } from './verify';
import { VERIFY_PAGE } from '../../lib/messaging/refresh';
import { assistScript } from '../../lib/apps/assist-bundles';
import { openOnboardingIfNeeded } from './onboarding';
import { createPolicySource } from '../../lib/policy/source';
import { liveCheckAllowed, managedHost, managedPrefs } from '../../lib/policy/apply';

export default defineBackground(() => {
  const store = createProgressStore(browser.storage.local);
  const practiceStore = createProgressStore(browser.storage.local, PRACTICE_PROGRESS_STORAGE_KEY);
  // The organisation's settings (storage.managed): they win over the user's preferences.
  const policy = createPolicySource(browser.storage);
  const ready = Promise.all([store.persistence.load().then(() => showProgressBadge(store.getState())), practiceStore.persistence.load(), policy.ready]);
  store.subscribe(showProgressBadge);

  const tabPages = createTabPages(browser.storage.session);
  const practicePages = createTabPages(browser.storage.session, 'practice-tab:');
  const route = createRouter({
    store,
    practiceStore,
    tabPages,
    practicePages,
    focus: createFocus(browser.storage.session),
    openStep: (state, stepId, host) => openStep(state, tabPages, stepId, host, (app) => managedHost(policy.current().values, app)),
    injectAssist: async (tabId, frameId, bundle) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [assistScript(bundle)] });
    },
    checkCredentials: (request) =>
      checkCredentials(request, {
        fetch: (url, init) => fetch(url, init),
        hasPermission: (origins) => browser.permissions.contains({ origins }),
        liveAllowed: () => liveCheckAllowed(policy.current().values),
      }),
    verify: () =>
      verifySetup({
        tabPages,
        askFrame: (tabId, frameId) => browser.tabs.sendMessage(tabId, VERIFY_PAGE, { frameId }),
        update: (reduce) => store.setState(reduce(store.getState()), true),
        state: () => store.getState(),
        now: () => new Date().toISOString(),
      }),
    ready,
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    now: () => new Date().toISOString(),
    policy: policy.current,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // The presenter's keyboard shortcut (manifest `commands`): flip presenter mode everywhere, the
  // practice sandbox included (a trainer demonstrates there too).
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'toggle-presenter') return;
    void ready.then(async () => {
      // Presenter mode the organisation sets stays as it is.
      if (managedPrefs(policy.current().values).has('presenter')) return;
      const presenter = !store.getState().prefs.presenter;
      for (const s of [store, practiceStore]) if (await s.persistence.writable()) s.setState((state) => setPreferences(state, { presenter }), true);
    });
  });
  browser.runtime.onConnect.addListener(
    createCsvPortListener({
      self: { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
      openCsvPage: async () => void (await browser.tabs.create({ url: `${browser.runtime.getURL('/csv.html')}${CSV_HANDOFF_HASH}` })),
    }),
  );

  // Frames report `null` when their document goes away (pagehide); a closed tab is forgotten whole.
  // (Not tabs.onUpdated 'loading': single-page apps fire it for same-document URL changes too.)
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabPages.forget(tabId);
    void practicePages.forget(tabId);
  });

  // Firefox leaves the sites of a Manifest V3 extension to the user: ask on install, at start and when withdrawn.
  const onboarding = () =>
    void openOnboardingIfNeeded({
      permissions: browser.permissions,
      hostPermissions: browser.runtime.getManifest().host_permissions,
      openPage: (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/onboarding.html') }),
    });
  browser.runtime.onInstalled.addListener(onboarding);
  browser.runtime.onStartup.addListener(onboarding);
  browser.permissions.onRemoved.addListener(onboarding);
});
