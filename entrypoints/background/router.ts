import { parseRequest, REQUESTS, type Reply, type Request } from '../../lib/messaging/protocol';
import { classifySender, type SenderInfo } from '../../lib/messaging/sender';
import { recordHostSeen, resetProgress, setPreferences, setStepStatus } from '../../lib/progress/reducers';
import type { PageDetection } from '../../lib/pages/types';
import type { ProgressState } from '../../lib/progress/types';
import type { ProgressStore } from '../../stores/progress-store';
import type { TabPages } from './tab-pages';

export interface RouterDeps {
  store: ProgressStore;
  tabPages: TabPages;
  /** Our extension's id and page origin (`chrome-extension://<id>/`). */
  self: { id: string; origin: string };
  /** Resolves once the store has hydrated; no request touches state before. */
  ready: Promise<unknown>;
  now(): string;
}

const error = (code: 'malformed' | 'unknown-type' | 'forbidden-sender' | 'internal', message: string): Reply => ({
  ok: false,
  error: { code, message },
});

/**
 * The background's single entry for messages: checks the sender, validates the payload, applies it.
 * It never throws: any failure becomes an error reply, so a bad message cannot crash the worker.
 */
export function createRouter(deps: RouterDeps) {
  /** Applies a reducer; writes (and so notifies every view) only when something changed. */
  const update = (reduce: (state: ProgressState) => ProgressState) => {
    const current = deps.store.getState();
    const next = reduce(current);
    if (next !== current) deps.store.setState(next, true);
  };

  async function apply(request: Request, sender: SenderInfo): Promise<Reply> {
    switch (request.type) {
      case 'progress/set-status':
        update((s) => setStepStatus(s, request.stepId, request.status, deps.now()));
        return { ok: true, data: null };
      case 'progress/reset':
        update(resetProgress);
        return { ok: true, data: null };
      case 'prefs/set': {
        const { type: _type, ...prefs } = request;
        update((s) => setPreferences(s, prefs));
        return { ok: true, data: null };
      }
      case 'page/seen': {
        const detection = request.detection as PageDetection | null;
        await deps.tabPages.report(sender.tab!.id!, sender.frameId ?? 0, detection);
        // The shell's host is not an instance host; the Marketo frame inside it reports that one.
        if (detection && detection.host !== 'experience.adobe.com') {
          update((s) => recordHostSeen(s, detection.app, detection.host, deps.now()));
        }
        return { ok: true, data: null };
      }
      case 'tab/where':
        return { ok: true, data: await deps.tabPages.where(request.tabId) };
    }
  }

  return async function route(message: unknown, sender: SenderInfo): Promise<Reply> {
    try {
      const kind = classifySender(sender, deps.self);
      if (!kind) return error('forbidden-sender', 'Messages are accepted only from this extension.');
      const parsed = parseRequest(message);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const allowed: readonly string[] = REQUESTS[parsed.request.type].from;
      if (!allowed.includes(kind)) return error('forbidden-sender', `${parsed.request.type} is not accepted from a ${kind}.`);
      await deps.ready;
      return await apply(parsed.request, sender);
    } catch {
      // Deliberately no details: an exception message could quote the payload.
      return error('internal', 'The request could not be completed.');
    }
  };
}
