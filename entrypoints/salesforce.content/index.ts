import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuide } from '../../components/content/run-guide';
import { SALESFORCE_APP } from '../../lib/guide/apps/salesforce';
import { APP_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: [...APP_MATCHES.salesforce],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => ctx.onInvalidated(runGuide(SALESFORCE_APP)),
});
