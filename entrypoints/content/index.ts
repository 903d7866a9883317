import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/hosts';
import { watchPage } from './page-watch';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const stop = watchPage((detection) => {
      // The background may be restarting; a lost report is re-sent on the next page change.
      browser.runtime.sendMessage({ type: 'page/seen', detection }).catch(() => undefined);
    });
    ctx.onInvalidated(stop);
  },
});
