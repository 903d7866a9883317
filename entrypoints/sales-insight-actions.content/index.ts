import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuide } from '../../components/content/run-guide';
import { SIA_APP } from '../../lib/guide/apps/sales-insight-actions';
import { APP_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: [...APP_MATCHES['sales-insight-actions']],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => ctx.onInvalidated(runGuide(SIA_APP)),
});
