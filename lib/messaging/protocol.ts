import type { CalloutTextKey } from '../i18n/callout-text';
import type { TextTables } from '../i18n/define-text';
import { z } from 'zod';
import { ASSIST_BUNDLE_NAMES } from '../apps/assist-bundles';
import { REMOTE_SITE_URLS } from '../apps/salesforce/remote-sites';
import { STEP_IDS, PERSONAS } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import { PAGE_IDS } from '../pages/types';
import { TRIED_WAY_SHAPE } from '../progress/schema';
import { TARGETS, type TargetKey } from '../targets/registry';
import { STEP_STATUSES, type PersonaFilter, type StepStatus } from '../progress/types';
import type { GuideStep, StepId, StepNotice } from '../guide/types';
import type { Locale, Localized } from '../i18n/locale';
import type { AppId, PageId } from '../pages/types';
import type { Finding, LiveCheckVerdict } from '../credentials';
import type { RecoveryCard } from '../guide/recovery';

/**
 * The one message protocol between our contexts. Every request is `{ type, ...payload }`; the
 * background validates it against these schemas (unknown keys are refused, not ignored) and answers
 * with a `Reply`. `from` says which senders may send it (see ./sender.ts).
 */
const pageId = z.enum(PAGE_IDS);
const detection = z.strictObject({
  app: z.enum(['marketo', 'sales-insight-actions', 'salesforce']),
  page: pageId,
  host: z.string().regex(/^[a-z0-9.-]+$/).max(255),
  embedded: z.boolean().optional(),
  shell: z.boolean().optional(),
});
/** A key of the target registry: diagnostics and fallback texts name registry targets, never free text. */
const targetKey = z.enum(Object.keys(TARGETS) as [TargetKey, ...TargetKey[]]);

export const REQUESTS = {
  /** Mark a step's status by hand (popup, or "I did this" in a callout). */
  'progress/set-status': {
    from: ['page', 'content'],
    schema: z.strictObject({ type: z.literal('progress/set-status'), stepId: z.enum(STEP_IDS), status: z.enum(STEP_STATUSES) }),
  },
  /**
   * Take over steps another person did, as their completion report shows (report page, after the user
   * opened that report and chose to record it). The page sends only step ids and the report's time; the
   * background takes only the handed-off steps (lib/handoff) and never one this browser has done itself.
   */
  'progress/done-elsewhere': {
    from: ['page'],
    schema: z.strictObject({
      type: z.literal('progress/done-elsewhere'),
      stepIds: z.array(z.enum(STEP_IDS)).min(1).max(STEP_IDS.length),
      reportGeneratedAt: z.iso.datetime(),
    }),
  },
  /** Forget all progress (popup, after confirmation). */
  'progress/reset': {
    from: ['page'],
    schema: z.strictObject({ type: z.literal('progress/reset') }),
  },
  /** Change preferences: language (null = browser's) and persona filter. */
  'prefs/set': {
    from: ['page'],
    schema: z.strictObject({
      type: z.literal('prefs/set'),
      locale: z.enum(LOCALES).nullable().optional(),
      persona: z.enum([...PERSONAS, 'both']).optional(),
      presenter: z.boolean().optional(),
    }),
  },
  /** A content script reports which page its frame shows (null: none the guide knows). */
  'page/seen': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('page/seen'), detection: detection.nullable() }),
  },
  /** A content script's frame shows a page an assist bundle serves: inject that bundle into the frame. */
  'assist/load': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('assist/load'), bundle: z.enum(ASSIST_BUNDLE_NAMES) }),
  },
  /** A content script asks what the guide should show: step statuses, language, persona, focused step. */
  'guide/context': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('guide/context') }),
  },
  /** A completion rule held on the sender's page. Host and page come from the sender's own report, never the payload. */
  'evidence/seen': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('evidence/seen'), stepId: z.enum(STEP_IDS), ruleId: z.string().min(1).max(100) }),
  },
  /** A target could not be found on the sender's page; kept for the support report. */
  'diagnostic/target-missing': {
    from: ['content'],
    schema: z.strictObject({
      type: z.literal('diagnostic/target-missing'),
      stepId: z.enum(STEP_IDS),
      target: targetKey,
      tried: z.array(z.strictObject(TRIED_WAY_SHAPE)).max(20),
    }),
  },
  /**
   * A documented error state shows on the sender's page (recorded for the report): its rule id and the step
   * the guide showed. Host and page come from the sender's own report; the background checks the rule fits.
   */
  'error/seen': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('error/seen'), errorId: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/).max(100), stepId: z.enum(STEP_IDS).optional() }),
  },
  /** A recovery card's texts for a documented error state (kept out of content bundles). */
  'guide/recovery': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('guide/recovery'), errorId: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/).max(100), locale: z.enum(LOCALES) }),
  },
  /**
   * A target was found on the sender's page by way `way` of its registry entry (sent when that changes,
   * not on every redraw). The background reads the way's kind and language from the registry.
   */
  'diagnostic/target-matched': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('diagnostic/target-matched'), stepId: z.enum(STEP_IDS), target: targetKey, way: z.number().int().min(0).max(20) }),
  },
  /** The written instruction for a target the content script cannot find (kept out of content bundles). */
  'guide/where': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('guide/where'), target: targetKey, locale: z.enum(LOCALES) }),
  },
  /** "Verify now" (report page): re-check every step on the pages open now, and record what they show. */
  'guide/verify': {
    from: ['page'],
    schema: z.strictObject({ type: z.literal('guide/verify') }),
  },
  /** A step's cautions and notes, for its callout (kept out of content bundles). */
  'guide/notices': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('guide/notices'), stepId: z.enum(STEP_IDS) }),
  },
  /** The overlay's stylesheet and texts: served by the background so the content bundles need not carry them. */
  'overlay/look': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('overlay/look') }),
  },
  /** What a completion rule proves, for the callout's "✓ Verified: …" (kept out of content bundles). */
  'guide/proof': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('guide/proof'), ruleId: z.string().min(1).max(100), locale: z.enum(LOCALES) }),
  },
  /** "Go to step": open or focus the page where a step starts; `host` when the popup asked the user for it. */
  /** "Go to step" (popup) and "Open it" on the callout's next-up card (content; never with a host: see the router). */
  'guide/open-step': {
    from: ['page', 'content'],
    schema: z.strictObject({
      type: z.literal('guide/open-step'),
      stepId: z.enum(STEP_IDS),
      host: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/).max(255).optional(),
    }),
  },
  /**
   * Check credentials (format and paste hygiene; with `live`, also against Marketo's identity
   * endpoint). The values live only for the duration of this request: never stored, never logged.
   * `apiSecretKey` and `remoteSiteUrl` serve the Salesforce step 8 fields.
   */
  'credentials/check': {
    from: ['page', 'content'],
    schema: z.strictObject({
      type: z.literal('credentials/check'),
      munchkinId: z.string().max(300).optional(),
      clientId: z.string().max(300).optional(),
      clientSecret: z.string().max(300).optional(),
      apiSecretKey: z.string().max(1000).optional(),
      remoteSiteUrl: z.strictObject({ value: z.string().max(500), expected: z.enum(REMOTE_SITE_URLS) }).optional(),
      live: z.boolean(),
    }),
  },
  /** Which app and page a tab shows, as its frames reported. */
  'tab/where': {
    from: ['page'],
    schema: z.strictObject({ type: z.literal('tab/where'), tabId: z.number().int().nonnegative() }),
  },
} as const;

export type RequestType = keyof typeof REQUESTS;
export type Request<T extends RequestType = RequestType> = T extends RequestType ? z.infer<(typeof REQUESTS)[T]['schema']> : never;
export type PageDetectionPayload = z.infer<typeof detection>;

/** What each request answers with on success. */
/** What a content script needs to run the guide on its page. */
export interface GuideContext {
  statuses: Record<StepId, StepStatus>;
  locale: Locale | null;
  persona: PersonaFilter;
  /** The step the user chose with "Go to step", if any. */
  focus: StepId | null;
  /** Presenter mode is on. */
  presenter: boolean;
  /** Completion rules already proven per step (evidence recorded): e.g. the first remote site was listed. */
  proven: Partial<Record<StepId, string[]>>;
  /** The person's next step in the whole guide, in whichever app (none when all are done or skipped). */
  nextUp: NextUp | null;
  /**
   * Per open step: lines about open steps of other apps before it ("Steps 2–3 happen in Sales Insight
   * Actions — you can do them later"), written in the background. Absent for a step with none.
   */
  later?: Partial<Record<StepId, readonly Localized[]>>;
}

/** A step as a content script of another app shows it: "Next: Step 2 of 8 · Connect … · in Sales Insight Actions". */
export interface NextUp {
  id: StepId;
  kind: GuideStep['kind'];
  /** Its number and the count of its kind (prerequisites or steps). */
  n: number;
  total: number;
  app: AppId;
  appName: Localized;
  title: Localized;
}

/** Findings per field (fix values never cross messaging) and, for a live check, the verdict. */
export interface CredentialCheckResult {
  findings: Finding[];
  live: LiveCheckVerdict | null;
}

/** Answer to "Go to step": the tab was opened or focused, or the host is needed first. */
/**
 * What "Verify now" saw, per step: `confirmed` (a completion rule holds on an open page; fresh evidence
 * recorded), `not-seen` (an open page where it can be read does not show it), `no-page` (no open page shows
 * this step's evidence: open its page, then verify again).
 */
export interface VerifyResult {
  /** Guided frames that answered. */
  checkedFrames: number;
  steps: Array<{ stepId: StepId; outcome: 'confirmed' | 'not-seen' | 'no-page'; host?: string; page?: PageId }>;
}

export type OpenStepResult = { opened: 'existing-tab' | 'new-tab'; url: string } | { needsHost: AppId };

export interface ResponseData {
  'progress/set-status': null;
  'progress/done-elsewhere': null;
  'progress/reset': null;
  'prefs/set': null;
  'page/seen': null;
  'assist/load': null;
  /** `practice`: the tab is the practice sandbox, showing this replica screen. */
  'tab/where': (PageDetectionPayload & { practice?: true }) | null;
  'guide/context': GuideContext;
  'evidence/seen': null;
  'diagnostic/target-missing': null;
  'guide/open-step': OpenStepResult;
  'guide/where': string | null;
  'error/seen': null;
  'guide/recovery': RecoveryCard | null;
  'diagnostic/target-matched': null;
  'guide/notices': readonly StepNotice[];
  'guide/proof': string | null;
  'overlay/look': OverlayLook;
  'guide/verify': VerifyResult;
  'credentials/check': CredentialCheckResult;
}

/** How the overlay looks: its stylesheet and the callouts' texts in both languages. */
export interface OverlayLook {
  css: string;
  texts: TextTables<CalloutTextKey>;
}

/**
 * `unavailable`: stored progress cannot be written now (not read, or of a format this build cannot read).
 * `managed`: the organisation's policy decides this setting; the user cannot change it.
 */
export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden-sender' | 'internal' | 'unavailable' | 'managed';
export type Reply<T extends RequestType = RequestType> =
  | { ok: true; data: ResponseData[T] }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** Validates an incoming message. Never throws: anything not a known, well-formed request is an error reply. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: { code: ErrorCode; message: string } } {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { ok: false, error: { code: 'malformed', message: 'A message must be an object with a type.' } };
  }
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) {
    return { ok: false, error: { code: 'unknown-type', message: `Unknown message type: ${String(type).slice(0, 40)}` } };
  }
  const parsed = REQUESTS[type as RequestType].schema.safeParse(message);
  if (!parsed.success) {
    const paths = parsed.error.issues.map((i) => i.path.join('.') || '(message)').join(', ');
    return { ok: false, error: { code: 'malformed', message: `Invalid ${type} message: ${paths}` } };
  }
  return { ok: true, request: parsed.data as Request };
}
