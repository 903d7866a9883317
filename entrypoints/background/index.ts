import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createProgressStore } from '../../stores/progress-store';
import { showProgressBadge } from './badge';
import { createFocus, openStep } from './guide-handlers';
import { createRouter } from './router';
import { checkCredentials } from './credential-check';
import { createTabPages } from './tab-pages';

export default defineBackground(() => {
  const store = createProgressStore(browser.storage.local);
  const ready = store.persist.rehydrate().then(() => showProgressBadge(store.getState()));
  store.subscribe(showProgressBadge);

  const tabPages = createTabPages(browser.storage.session);
  const route = createRouter({
    store,
    tabPages,
    focus: createFocus(browser.storage.session),
    openStep: (state, stepId, host) => openStep(state, tabPages, stepId, host),
    checkCredentials: (request) => checkCredentials(request, { fetch: (url, init) => fetch(url, init), hasPermission: (origins) => browser.permissions.contains({ origins }) }),
    ready,
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    now: () => new Date().toISOString(),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  // A tab that starts loading a new document or closes has no page to report any more. (Without the
  // tabs permission `change.url` is absent; content scripts report again once the new page is up.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabPages.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabPages.forget(tabId));
});
