import { z } from 'zod';
import { STEP_IDS, PERSONAS } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import { PAGE_IDS } from '../pages/types';
import { STEP_STATUSES } from '../progress/types';

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
});

export const REQUESTS = {
  /** Mark a step's status by hand (popup, or "I did this" in a callout). */
  'progress/set-status': {
    from: ['page', 'content'],
    schema: z.strictObject({ type: z.literal('progress/set-status'), stepId: z.enum(STEP_IDS), status: z.enum(STEP_STATUSES) }),
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
    }),
  },
  /** A content script reports which page its frame shows (null: none the guide knows). */
  'page/seen': {
    from: ['content'],
    schema: z.strictObject({ type: z.literal('page/seen'), detection: detection.nullable() }),
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
export interface ResponseData {
  'progress/set-status': null;
  'progress/reset': null;
  'prefs/set': null;
  'page/seen': null;
  'tab/where': PageDetectionPayload | null;
}

export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden-sender' | 'internal';
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
