import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLiveGuide } from '../../components/content/start-guide';
import { SALESFORCE_APP } from '../../lib/apps/salesforce';
import { APP_SITES } from '../../lib/hosts';

export default defineContentScript({
  matches: [...APP_SITES.salesforce.matches],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => ctx.onInvalidated(startLiveGuide(SALESFORCE_APP)),
});
