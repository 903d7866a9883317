import { defineText } from '../../../lib/i18n/define-text';
import { createAppLocator } from '../app-locator';
import { createSecretMask } from './secret-mask';
import type { Assist } from './types';

const maskText = /* @__PURE__ */ defineText(
  { hidden: 'hidden while presenting', reveal: 'Reveal', hide: 'Hide' },
  { hidden: 'beim Präsentieren verborgen', reveal: 'Anzeigen', hide: 'Verbergen' },
);

/**
 * Presenter mode's masks over the secrets of this frame's page (see secret-mask.ts). An assist, not part
 * of the content scripts: it ships in the bundles of the pages that show secrets (the credential pages),
 * which the background injects as soon as the frame shows such a page; until presenter mode is on it
 * only listens.
 */
export const presenterMaskAssist: Assist = (env) => {
  const locator = createAppLocator(env.data, () => env.page()?.page ?? null);
  const mask = createSecretMask(env.data, locator, env.overlayRoot, () => {
    const locale = env.locale();
    return { hidden: maskText(locale, 'hidden'), reveal: maskText(locale, 'reveal'), hide: maskText(locale, 'hide') };
  });
  let masking = false;
  const update = () => {
    // Once presenter mode is off and the masks are gone, DOM changes cost nothing here.
    if (!masking && !env.presenter()) return;
    masking = env.presenter();
    mask.update(masking);
  };
  const stopDom = env.watch.subscribe(update);
  const stopContext = env.onContext(update);
  update();
  return () => {
    stopDom();
    stopContext();
    mask.destroy();
  };
};
