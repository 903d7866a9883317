import { appOfOrigin, appOfUrl } from '../hosts';
import { PRACTICE_PAGE_PATH, REPLICAS_PATH, practiceAddressOf } from '../practice/address';
import type { AppId } from '../pages/types';

/** The parts of `runtime.MessageSender` the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** The two kinds a request's `from` list names: our extension pages, or the guide's runtime in an app frame. */
export type SenderKind = 'page' | 'content';

/**
 * Who sent a message, as the background may trust it:
 * - `page`: one of our extension pages (popup, report…); `practice` for the sandbox page itself;
 * - `content`: the guide's runtime in a frame of `app`, either our content script on a live app
 *   (`practice: false`) or the sandbox's guest in a replica frame (`practice: true`). `url` is the address
 *   the frame shows, or stands for in the sandbox; `frameId` 0 is the tab's top frame.
 */
export type Sender =
  | { kind: 'page'; practice: boolean }
  | { kind: 'content'; practice: boolean; app: AppId; url: string; tabId: number; frameId: number };

/** Our extension's id and page origin (`chrome-extension://<id>/`). */
export interface SelfInfo {
  id: string;
  origin: string;
}

const under = (url: string, self: SelfInfo, path: string) => url.startsWith(`${self.origin}${path.slice(1)}`);

/**
 * Classifies a sender, or returns null when it is not one we trust: another extension, a web page, a
 * frame on a URL our content scripts do not run on (which would mean a compromised frame), or an app
 * frame embedded in a tab that is not that app's. A child frame counts as the app only when its tab's
 * top page belongs to the same app (Marketo inside the Experience Cloud shell, Setup inside
 * Lightning): a Marketo frame inside an unrelated site is not the Marketo app.
 */
export function classifySender(sender: SenderInfo, self: SelfInfo): Sender | null {
  if (sender.id !== self.id || !sender.url) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (under(sender.url, self, REPLICAS_PATH)) {
    const address = practiceAddressOf(sender.url);
    const app = address ? appOfUrl(address) : null;
    return app && tabId !== undefined ? { kind: 'content', practice: true, app, url: address!, tabId, frameId } : null;
  }
  if (sender.url.startsWith(self.origin)) return { kind: 'page', practice: under(sender.url, self, PRACTICE_PAGE_PATH) };
  const app = appOfUrl(sender.url);
  if (!app || tabId === undefined) return null;
  if (frameId !== 0 && !embeddedInOwnApp(app, sender.tab?.url)) return null;
  return { kind: 'content', practice: false, app, url: sender.url, tabId, frameId };
}

/** Is the tab's top page one of `app`'s? Without the tab's URL we cannot tell, so: no. */
function embeddedInOwnApp(app: AppId, tabUrl: string | undefined): boolean {
  return !!tabUrl && (appOfUrl(tabUrl) === app || appOfOrigin(tabUrl) === app);
}
