// Entry of the Salesforce replica. Every org host is served from this one
// folder, so the host decides what to render:
//   *.lightning.force.com        Lightning shell (Setup app, Sales app, MSI tab)
//   *.my.salesforce-setup.com,
//   *.my.salesforce.com          classic Setup pages (/0rp, /0rp/e, /0A3)
//   *.vf.force.com               the MSI package's Visualforce config page
// Options are documented in sf-options.js.

import { here } from '../shared/place.js';
import { readOptions, applyReset, markFramesForReset, hostKind } from './sf-options.js';

const opts = readOptions();
const kind = hostKind();
applyReset(opts);
// After applyReset, which clears this origin's session keys too (the pending flag is one).
if (opts.reset && kind === 'lightning') markFramesForReset();
document.documentElement.lang = opts.lang;

/**
 * Each host kind has its own look; wait for the sheet so nothing renders unstyled.
 * Module-relative, so it resolves both on the replica server and inside the extension.
 */
function loadStyles(file) {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(file, import.meta.url).href });
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
    document.head.append(link);
  });
}

const root = document.getElementById('sf-root');
const common = { lang: opts.lang, delay: opts.delay, opts, onTitle: (title) => { document.title = title; } };

if (kind === 'lightning') {
  await loadStyles('./lightning.css');
  const { mountLightning } = await import('./lightning-app.js');
  mountLightning(root, { ...common, msiTab: opts.msiTab });
} else {
  await loadStyles('./classic.css');
  document.body.classList.add('sfdcBody', opts.embedded ? 'isdtp' : 'setupTab');
  const { pathname } = here();
  if (kind === 'vf' && /^\/apex\/(mkto_si__)?Marketo_Sales_Insight_Config\/?$/i.test(pathname)) {
    const { mountMsiConfig } = await import('./vf-msi-config.js');
    mountMsiConfig(root, common);
  } else if (kind === 'vf') {
    document.title = 'Page Not Found';
    root.replaceChildren(Object.assign(document.createElement('main'), { textContent: `Page Not Found: ${pathname}` }));
  } else {
    const { mountClassic } = await import('./classic-app.js');
    mountClassic(root, common);
  }
}
