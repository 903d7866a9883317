import { browser } from 'wxt/browser';
import { askBackground } from '../../lib/messaging/client';
import type { GuideContext, Request } from '../../lib/messaging/protocol';
import { GUIDE_REFRESH, VERIFY_PAGE, type VerifyAnswer } from '../../lib/messaging/refresh';

/**
 * The content script's line to the background: fire-and-forget reports, and the guide context,
 * fetched at start and again whenever progress changes (the storage key `progressKey`) or the background says so.
 */
export function createBackgroundLink(progressKey: string) {
  let current: GuideContext | null = null;

  const send = (request: Request) => {
    // The worker may be restarting; a lost report is sent again on the next page change.
    browser.runtime.sendMessage(request).catch(() => undefined);
  };

  return {
    send,
    /** A request whose answer matters; null when the background cannot answer. */
    ask: askBackground,
    /** Answers the background's "Verify now" for this frame (a synchronous reply). Returns a stop function. */
    onVerify(answer: () => VerifyAnswer): () => void {
      const listener = (message: unknown, _sender: unknown, reply: (response: VerifyAnswer) => void) => {
        if ((message as { type?: string } | null)?.type === VERIFY_PAGE.type) reply(answer());
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    context: () => current,
    onContext(listener: (context: GuideContext) => void): () => void {
      const refresh = async () => {
        const context = await askBackground({ type: 'guide/context' });
        if (context) listener((current = context));
      };
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && progressKey in changes) void refresh();
      };
      const onMessage = (message: unknown) => {
        if ((message as { type?: string } | null)?.type === GUIDE_REFRESH.type) void refresh();
      };
      browser.storage.onChanged.addListener(onStorage);
      browser.runtime.onMessage.addListener(onMessage);
      void refresh();
      return () => {
        browser.storage.onChanged.removeListener(onStorage);
        browser.runtime.onMessage.removeListener(onMessage);
      };
    },
  };
}
