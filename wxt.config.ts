import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { APP_SITES } from './lib/hosts';
import { FIREFOX_EXTENSION_ID } from './lib/firefox-id';

/**
 * Build configuration. Chrome gets Manifest V3; `wxt build -b firefox` builds the Firefox package.
 * Permissions stay minimal: `storage` for progress. Content scripts run in every frame of the host apps
 * because Marketo runs inside an iframe on experience.adobe.com.
 */
export default defineConfig({
  hooks: {
    // webextension-polyfill for the background and the extension pages (what @wxt-dev/webextension-polyfill
    // does), but not in content scripts: there it costs ~2.5 KB gzip of a 30 KB budget, and the
    // promise-based `browser`/`chrome` that WXT falls back to covers all they use.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };
    },
  },
  imports: false,
  // One manifest shape for both browsers: Manifest V3 (Firefox too).
  manifestVersion: 3,
  // A separate output folder lets parallel work build and test without overwriting each other.
  outDir: process.env.MSI_OUT_DIR ?? '.output',
  // terser squeezes the content scripts (30 KB gzip budget each) further than esbuild's minifier.
  vite: () => ({ plugins: [preact()], build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The apps' sites, as the content scripts match them: the background must read a tab's address to
    // trust a frame inside it (Marketo inside Experience Cloud, not inside any site) and to check a tab
    // before "Go to step" focuses or navigates it. Content-script matches alone do not grant that.
    host_permissions: [...new Set(Object.values(APP_SITES).flatMap((sites) => sites.matches))],
    // Asked for only when the user requests a live credential check (Marketo's identity endpoint).
    optional_host_permissions: ['https://*.mktorest.com/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-presenter': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_togglePresenter__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_EXTENSION_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
