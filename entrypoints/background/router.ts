import { parseRequest, REQUESTS, type ErrorCode, type PageDetectionPayload, type Reply, type Request, type RequestType } from '../../lib/messaging/protocol';
import { classifySender, type Sender, type SenderInfo } from '../../lib/messaging/sender';
import { recordDiagnostic, recordDoneElsewhere, recordErrorSeen, recordHostSeen, recordMatched, resetProgress, setPreferences, setStepStatus } from '../../lib/progress/reducers';
import { errorStateOf, recoveryOf } from '../../lib/apps/error-texts';
import { errorStateApplies } from '../../lib/guide/error-states';
import { TARGETS } from '../../lib/targets/registry';
import { isHandoffStep } from '../../lib/handoff/steps';
import { applyEvidence, ruleReadableOn } from '../../lib/progress/evidence';
import { getStep, GUIDE } from '../../lib/apps';
import { pickStep } from '../../lib/guide/runner';
import { countNotFound, markStarted, trackTimings } from '../../lib/progress/timings';
import { appOfBundle, type AssistBundle } from '../../lib/apps/assist-bundles';
import type { StepId } from '../../lib/guide/types';
import type { CredentialCheckResult, OpenStepResult, VerifyResult } from '../../lib/messaging/protocol';
import { guideContext } from './guide-handlers';
import { CALLOUT_TEXTS } from '../../lib/i18n/callout-text';
import overlayCss from '../../components/callout/overlay.css?inline';
import { noticesOf, proofOf, whereOf } from '../../lib/apps/page-texts';
import { confirmDetection } from '../../lib/pages/detect';
import type { ProgressState } from '../../lib/progress/types';
import type { ProgressStore } from '../../stores/progress-store';
import type { TabPages } from './tab-pages';
import { managedPrefs, withPolicy } from '../../lib/policy/apply';
import { NO_POLICY, type PolicyReading } from '../../lib/policy/schema';

export interface RouterDeps {
  store: ProgressStore;
  /** The practice sandbox's progress: its page and replica frames read and write only this one. */
  practiceStore: ProgressStore;
  /** Which page each frame of each live app's tab shows. */
  tabPages: TabPages;
  /** The same for the practice sandbox's replica frames: never mixed with the live apps' list. */
  practicePages: TabPages;
  /** Our extension's id and page origin (`chrome-extension://<id>/`). */
  self: { id: string; origin: string };
  /** The step chosen with "Go to step". */
  focus: { get(): Promise<StepId | null>; set(stepId: StepId): Promise<void> };
  /** Opens or focuses the page where a step starts (browser tabs; injected so tests can fake it). */
  openStep(state: ProgressState, stepId: StepId, host: string | undefined): Promise<OpenStepResult | { invalidHost: true }>;
  /** Injects an assist bundle's script into one frame (browser.scripting; injected so tests can fake it). */
  injectAssist(tabId: number, frameId: number, bundle: AssistBundle): Promise<void>;
  /** Runs a credential check (format, and live when asked); see credential-check.ts. */
  checkCredentials(request: Request<'credentials/check'>): Promise<CredentialCheckResult>;
  /** "Verify now": the frames' answers about real progress (see verify.ts). */
  verify(): Promise<VerifyResult>;
  /** Resolves once the store has hydrated; no request touches state before. */
  ready: Promise<unknown>;
  now(): string;
  /** The organisation's policy (none when absent): its preferences win and cannot be set. */
  policy?(): PolicyReading;
}

type ErrorReply = Extract<Reply, { ok: false }>;

const error = (code: ErrorCode, message: string): ErrorReply => ({
  ok: false,
  error: { code, message },
});

/** The reply to a change while stored progress cannot be written (see ProgressPersistence.writable). */
const UNAVAILABLE = error('unavailable', 'Your saved progress cannot be read right now, so nothing is changed. Try again; if it persists, see the popup.');

/** What every handler gets besides its request: the sender and the progress it may touch. */
interface HandlerContext {
  sender: Sender;
  practice: boolean;
  store: ProgressStore;
  pages: TabPages;
  /** The page the sending frame reported (content senders only: the protocol's `from` lists ensure it). */
  senderFrame(): Promise<PageDetectionPayload | null>;
  /**
   * Applies a reducer; writes (and so notifies every view) only when something changed. False when
   * progress may not be written now (stored data not read, or of a format this build cannot read).
   */
  update(reduce: (state: ProgressState) => ProgressState): Promise<boolean>;
}

/**
 * One handler per request type; the mapped type makes each handler answer with its own request's reply
 * (`ResponseData[T]`), so a handler that returns another request's data does not compile.
 */
export type RouteHandlers = { [T in RequestType]: (request: Request<T>, ctx: HandlerContext) => Promise<Reply<T>> };

/** The reply to a write: done, or unavailable when progress may not be written now. */
const written = (ok: boolean): Reply<'progress/set-status'> => (ok ? { ok: true, data: null } : UNAVAILABLE);

function createHandlers(deps: RouterDeps, policy: () => PolicyReading): RouteHandlers {
  return {
    'progress/set-status': async (request, { update }) => written(await update((s) => setStepStatus(s, request.stepId, request.status, deps.now()))),
    'progress/done-elsewhere': async (request, { practice, update }) => {
      // Another person's real report belongs to real progress, never to the sandbox's practice.
      if (practice) return error('forbidden-sender', 'Steps done elsewhere are recorded in real progress only.');
      const stepIds = request.stepIds.filter(isHandoffStep);
      if (stepIds.length !== request.stepIds.length) return error('malformed', 'Only the steps handed off to the Salesforce Admin can be done elsewhere.');
      // A report from the future (a clock set wrong) would block every later report of that person.
      if (Date.parse(request.reportGeneratedAt) > Date.parse(deps.now()) + 24 * 60 * 60 * 1000) return error('malformed', 'That report was generated in the future.');
      return written(await update((s) => recordDoneElsewhere(s, stepIds, request.reportGeneratedAt, deps.now())));
    },
    'progress/reset': async (_request, { store, update }) => {
      if (await update(resetProgress)) return { ok: true, data: null };
      // Data of a newer or unknown format is replaced only by this explicit, confirmed reset.
      if (store.persistence.status() === 'unreadable') return UNAVAILABLE;
      await store.persistence.overwrite(resetProgress(store.getState()));
      return { ok: true, data: null };
    },
    'prefs/set': async (request, { update }) => {
      const { type: _type, ...prefs } = request;
      const managed = managedPrefs(policy().values);
      if (Object.keys(prefs).some((key) => managed.has(key as keyof typeof prefs))) return error('managed', 'Your organisation sets this, so it cannot be changed here.');
      return written(await update((s) => setPreferences(s, prefs)));
    },
    'page/seen': async (request, { sender, practice, pages, update }) => {
      if (sender.kind !== 'content') return error('forbidden-sender', 'Only a guided frame reports its page.');
      // The app, host and frame flags come from the frame's own address, not from its report.
      const inFrame = practice ? request.detection?.embedded === true : sender.frameId !== 0;
      const detection = request.detection && confirmDetection(request.detection, sender.url, inFrame);
      if (request.detection && !detection) return error('malformed', 'That page does not fit the frame’s address.');
      await pages.report(sender.tabId, sender.frameId, detection);
      // The shell's host is not an instance host; the Marketo frame inside it reports that one.
      // Not written while progress cannot be: the next report records it.
      if (detection && !detection.shell) {
        const focus = practice ? null : await deps.focus.get();
        await update((s) => {
          // The step the guide shows on this page has started now (if it had not before).
          const shown = pickStep(guideContext(withPolicy(s, policy()), focus), detection.app, GUIDE);
          const seen = recordHostSeen(s, detection.app, detection.host, deps.now());
          return shown ? markStarted(seen, shown.id, deps.now()) : seen;
        });
      }
      return { ok: true, data: null };
    },
    'assist/load': async (request, { sender, practice }) => {
      // Replica frames are extension pages, which carry their assists; a bundle goes only to a frame of its own app.
      if (sender.kind !== 'content' || practice) return error('forbidden-sender', 'Assist bundles are for the apps’ own frames.');
      if (appOfBundle(request.bundle) !== sender.app) return error('malformed', 'That assist is not for this app.');
      await deps.injectAssist(sender.tabId, sender.frameId, request.bundle);
      return { ok: true, data: null };
    },
    'tab/where': async (request) => {
      const real = await deps.tabPages.where(request.tabId);
      const replica = real ? null : await deps.practicePages.where(request.tabId);
      return { ok: true, data: real ?? (replica && { ...replica, practice: true as const }) };
    },
    'guide/context': async (_request, { practice, store }) => ({
      ok: true,
      data: guideContext(withPolicy(store.getState(), policy()), practice ? null : await deps.focus.get()),
    }),
    'evidence/seen': async (request, { senderFrame, update }) => {
      const frame = await senderFrame();
      const step = getStep(request.stepId);
      if (!frame || !ruleReadableOn(step, request.ruleId, frame)) return error('malformed', 'That rule cannot be proven from this page.');
      return written(await update((s) => applyEvidence(s, step, request.ruleId, frame, deps.now()) ?? s));
    },
    'diagnostic/target-missing': async (request, { senderFrame, update }) => {
      const frame = await senderFrame();
      if (!frame) return error('malformed', 'Report the page before reporting a missing target.');
      const { stepId, target, tried } = request;
      const entry = { step: stepId, target, tried, host: frame.host, page: frame.page, at: deps.now() };
      return written(await update((s) => recordDiagnostic(countNotFound(s, stepId, deps.now()), entry)));
    },
    'error/seen': async (request, { senderFrame, update }) => {
      const frame = await senderFrame();
      const known = errorStateOf(request.errorId);
      // A frame reports only an error its own app and page can show (never the shell, which shows none).
      if (!frame || frame.shell || !known || known.app !== frame.app || !errorStateApplies(known.rule, frame.page)) return error('malformed', 'That error cannot show on this page.');
      const rule = known.rule;
      const step = request.stepId && getStep(request.stepId).app === frame.app ? request.stepId : undefined;
      const seen = { error: rule.id, app: frame.app, host: frame.host, page: frame.page, ...(step ? { step } : {}) };
      return written(await update((s) => recordErrorSeen(s, seen, deps.now())));
    },
    'guide/recovery': async (request) => ({ ok: true, data: recoveryOf(request.errorId, request.locale) }),
    'diagnostic/target-matched': async (request, { senderFrame, update }) => {
      const frame = await senderFrame();
      const way = TARGETS[request.target].ways[request.way];
      // Only an element way of a target of the sender's app: its kind and language come from the registry.
      if (!frame || frame.shell || !way || way.by === 'route' || getStep(request.stepId).app !== frame.app) return error('malformed', 'That way cannot have matched here.');
      const entry = {
        target: request.target,
        step: request.stepId,
        host: frame.host,
        page: frame.page,
        way: request.way,
        by: way.by,
        ...(way.by === 'text' ? { lang: way.lang } : {}),
        at: deps.now(),
      };
      return written(await update((s) => recordMatched(s, entry)));
    },
    'guide/where': async (request) => ({ ok: true, data: whereOf(request.target, request.locale) }),
    'guide/verify': async (_request, { practice }) => {
      // Practice progress has its own sandbox; verifying reads the real apps' pages.
      if (practice) return error('forbidden-sender', 'Verify now checks real progress only.');
      if (!(await deps.store.persistence.writable())) return UNAVAILABLE;
      return { ok: true, data: await deps.verify() };
    },
    'guide/notices': async (request) => ({ ok: true, data: noticesOf(request.stepId) }),
    'overlay/look': async () => ({ ok: true, data: { css: overlayCss, texts: CALLOUT_TEXTS } }),
    'guide/proof': async (request) => ({ ok: true, data: proofOf(request.ruleId, request.locale) }),
    'credentials/check': async (request) => ({ ok: true, data: await deps.checkCredentials(request) }),
    'guide/open-step': async (request, { practice, sender }) => {
      // The sandbox opens its screens itself; a real tab must never be driven by practice progress.
      if (practice) return error('forbidden-sender', 'The practice sandbox opens its own screens.');
      // A host page must never choose where we navigate: content asks for a step, the host is ours to know.
      if (request.host && sender.kind === 'content') return error('forbidden-sender', 'Only our pages may name a host.');
      const result = await deps.openStep(deps.store.getState(), request.stepId, request.host);
      if ('invalidHost' in result) return error('malformed', 'That host is not one of this app’s hosts.');
      if (!('needsHost' in result)) await deps.focus.set(request.stepId);
      return { ok: true, data: result };
    },
  };
}

/**
 * The background's single entry for messages: checks the sender, validates the payload, applies it.
 * It never throws: any failure becomes an error reply, so a bad message cannot crash the worker.
 */
export function createRouter(deps: RouterDeps) {
  const policy = deps.policy ?? (() => NO_POLICY);
  const handlers = createHandlers(deps, policy);
  function apply<T extends RequestType>(request: Request<T>, sender: Sender): Promise<Reply<T>> {
    const practice = sender.practice;
    const store = practice ? deps.practiceStore : deps.store;
    const pages = practice ? deps.practicePages : deps.tabPages;
    const ctx: HandlerContext = {
      sender,
      practice,
      store,
      pages,
      senderFrame: () => (sender.kind === 'content' ? pages.frame(sender.tabId, sender.frameId) : Promise.resolve(null)),
      update: async (reduce) => {
        if (!(await store.persistence.writable())) return false;
        const current = store.getState();
        // Every status change is timed the same way, whichever request made it.
        const next = trackTimings(current, reduce(current), deps.now());
        if (next !== current) store.setState(next, true);
        return true;
      },
    };
    // TypeScript cannot correlate `handlers[type]` with `request` for a generic T; the table's type holds each pair.
    const handler = handlers[request.type as T] as (request: Request<T>, ctx: HandlerContext) => Promise<Reply<T>>;
    return handler(request, ctx);
  }

  return async function route(message: unknown, sender: SenderInfo): Promise<Reply> {
    try {
      const from = classifySender(sender, deps.self);
      if (!from) return error('forbidden-sender', 'Messages are accepted only from this extension.');
      const parsed = parseRequest(message);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const allowed: readonly string[] = REQUESTS[parsed.request.type].from;
      if (!allowed.includes(from.kind)) return error('forbidden-sender', `${parsed.request.type} is not accepted from a ${from.kind}.`);
      await deps.ready;
      return await apply(parsed.request, from);
    } catch {
      // Deliberately no details: an exception message could quote the payload.
      return error('internal', 'The request could not be completed.');
    }
  };
}
