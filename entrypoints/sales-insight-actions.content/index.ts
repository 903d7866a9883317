import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLiveGuide } from '../../components/content/start-guide';
import { SIA_APP } from '../../lib/apps/sales-insight-actions';
import { APP_SITES } from '../../lib/hosts';

export default defineContentScript({
  matches: [...APP_SITES['sales-insight-actions'].matches],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => ctx.onInvalidated(startLiveGuide(SIA_APP)),
});
