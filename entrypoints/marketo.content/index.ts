import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuide } from '../../components/content/run-guide';
import { MARKETO_APP } from '../../lib/guide/apps/marketo';
import { APP_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: [...APP_MATCHES.marketo],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => ctx.onInvalidated(runGuide(MARKETO_APP)),
});
