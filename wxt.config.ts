import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { APP_SITES } from './lib/hosts';
import { FIREFOX_EXTENSION_ID } from './lib/firefox-id';
import { MANAGED_SCHEMA_FILE, managedSchema } from './lib/policy/managed-schema';

/**
 * Build configuration. Chrome gets Manifest V3; `wxt build -b firefox` builds the Firefox package.
 * Permissions stay minimal: `storage` for progress and the organisation's managed settings, `scripting` to load an in-page assist where its page is shown. Content scripts run in every frame of the host apps
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
    // Chrome's managed storage schema, written from the typed settings table (Firefox takes the `3rdparty` policy, no schema).
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
  // `npm run zip`: the store packages, and for Mozilla's review the sources that build them (the bundles are
  // minified). Only what the build reads; WXT writes archives with fixed timestamps in sorted order.
  zip: {
    includeSources: ['entrypoints/**', 'components/**', 'lib/**', 'stores/**', 'public/**', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md', 'PRIVACY.md'],
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
    // `scripting`: the background injects an assist bundle into an app frame that shows its page (lib/apps/assist-bundles.ts).
    permissions: ['storage', 'scripting'],
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
          // Firefox reads managed storage from the enterprise policy `3rdparty` (see README); it has no schema key.
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_EXTENSION_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
});
