import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLiveGuide } from '../../components/content/start-guide';
import { MARKETO_APP } from '../../lib/apps/marketo';
import { APP_SITES } from '../../lib/hosts';

export default defineContentScript({
  matches: [...APP_SITES.marketo.matches],
  includeGlobs: [...APP_SITES.marketo.includeGlobs],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => ctx.onInvalidated(startLiveGuide(MARKETO_APP)),
});
