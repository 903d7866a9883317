import { MatchPattern } from '@webext-core/match-patterns';
import { CONTENT_SCRIPT_MATCHES } from '../hosts';
import { PRACTICE_PAGE_PATH, REPLICAS_PATH } from '../practice/address';

/** The parts of `runtime.MessageSender` the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who sent a message: one of our extension pages, or our content script on a matched host. */
export type SenderKind = 'page' | 'content';

const HOST_PATTERNS = CONTENT_SCRIPT_MATCHES.map((p) => new MatchPattern(p));

/** Our extension's id and page origin (`chrome-extension://<id>/`). */
export interface SelfInfo {
  id: string;
  origin: string;
}

const under = (url: string, self: SelfInfo, path: string) => url.startsWith(`${self.origin}${path.slice(1)}`);

/**
 * Classifies a sender, or returns null when it is not ours: another extension, a web page, or a
 * content script on a URL our manifest does not match (which would mean a compromised frame).
 * The practice sandbox's replica frames are extension frames that run the content runtime: 'content'.
 */
export function classifySender(sender: SenderInfo, self: SelfInfo): SenderKind | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (under(sender.url, self, REPLICAS_PATH)) return sender.tab?.id === undefined ? null : 'content';
  if (sender.url.startsWith(self.origin)) return 'page';
  if (sender.tab?.id === undefined) return null;
  return HOST_PATTERNS.some((p) => p.includes(sender.url!)) ? 'content' : null;
}

/**
 * Does the sender belong to the practice sandbox (its page or its replica frames)? Its messages read and
 * write practice progress, never the real one. Call after `classifySender` accepted the sender.
 */
export function isPracticeSender(sender: SenderInfo, self: SelfInfo): boolean {
  return !!sender.url && (under(sender.url, self, REPLICAS_PATH) || under(sender.url, self, PRACTICE_PAGE_PATH));
}
