import { MatchPattern } from '@webext-core/match-patterns';
import { CONTENT_SCRIPT_MATCHES } from '../hosts';

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

/**
 * Classifies a sender, or returns null when it is not ours: another extension, a web page, or a
 * content script on a URL our manifest does not match (which would mean a compromised frame).
 */
export function classifySender(sender: SenderInfo, self: { id: string; origin: string }): SenderKind | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.origin)) return 'page';
  if (sender.tab?.id === undefined) return null;
  return HOST_PATTERNS.some((p) => p.includes(sender.url!)) ? 'content' : null;
}
