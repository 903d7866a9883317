import { z } from 'zod';
import { STEP_IDS, PERSONAS, type StepId } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import { PAGE_IDS } from '../pages/types';
import { initialProgress, untouchedStep } from './initial';
import { MAX_NOT_FOUND } from './timings';
import { MAX_ERROR_COUNT, MAX_ERRORS_SEEN, MAX_MATCHED } from './limits';
import { STATUS_SOURCES, STEP_STATUSES, type ProgressState, type StepProgress } from './types';

const isoTime = z.string().datetime();
const PAGE_ID = z.enum(PAGE_IDS);
const HOST = z.string().regex(/^[a-z0-9.-]+$/i).max(255);

/** Evidence as stored; unknown keys are stripped so nothing extra can ride along into reports. */
export const evidenceEntrySchema = z.object({
  rule: z.string().min(1).max(100),
  host: HOST,
  page: PAGE_ID,
  seenAt: isoTime,
});

const stepProgressSchema = z
  .object({
    status: z.enum(STEP_STATUSES),
    changedAt: isoTime.nullable(),
    via: z.enum(STATUS_SOURCES).nullable(),
    evidence: z.array(evidenceEntrySchema).max(50),
    elsewhere: z.object({ reportGeneratedAt: isoTime }).optional(),
  })
  // "Done elsewhere" always says which report it came from, and only then is there such a source.
  .refine((s) => (s.via === 'elsewhere') === (s.elsewhere !== undefined) && (s.via !== 'elsewhere' || s.status === 'done'));

const hostSeenSchema = z.object({
  app: z.enum(['marketo', 'sales-insight-actions', 'salesforce']),
  host: HOST,
  lastSeen: isoTime,
});

/** One way the locator tried and how it failed: stored in diagnostics and sent by content scripts. */
export const TRIED_WAY_SHAPE = {
  way: z.number().int().min(0).max(20),
  by: z.enum(['css', 'text', 'route']),
  lang: z.enum(LOCALES).optional(),
  outcome: z.enum(['none', 'ambiguous', 'hidden', 'invalid-selector']),
};

/** A locator diagnostic as stored. */
export const diagnosticSchema = z.object({
  target: z.string().min(1).max(100),
  step: z.enum(STEP_IDS),
  host: HOST,
  page: PAGE_ID,
  at: isoTime,
  tried: z.array(z.object(TRIED_WAY_SHAPE)).max(20),
});

/** A documented error state seen (format version 4); ids only, never the message. */
export const errorSeenSchema = z.object({
  error: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/).max(100),
  app: z.enum(['marketo', 'sales-insight-actions', 'salesforce']),
  host: HOST,
  page: PAGE_ID,
  step: z.enum(STEP_IDS).optional(),
  firstSeen: isoTime,
  lastSeen: isoTime,
  count: z.number().int().min(1).max(MAX_ERROR_COUNT),
});

/** Which way found a target (format version 4). */
export const matchedWaySchema = z.object({
  target: z.string().min(1).max(100),
  step: z.enum(STEP_IDS),
  host: HOST,
  page: PAGE_ID,
  way: z.number().int().min(0).max(20),
  by: z.enum(['css', 'text']),
  lang: z.enum(LOCALES).optional(),
  at: isoTime,
});

const timingSchema = z.object({
  startedAt: isoTime.nullable(),
  completedAt: isoTime.nullable(),
  notFound: z.number().int().min(0).max(MAX_NOT_FOUND),
});

const prefsSchema = z.object({
  locale: z.enum(LOCALES).nullable(),
  persona: z.enum([...PERSONAS, 'both']),
  // Added after the first release of version 1: older data simply has it off.
  presenter: z.boolean().default(false),
});

/**
 * Reads stored progress of the current version leniently: each part that is broken falls back to its
 * default on its own, so one bad step never costs the user the rest of their progress. Steps the
 * stored data lacks (a newer guide added them) start as to-do; unknown step ids are dropped.
 */
export function normalizeProgress(data: unknown): ProgressState {
  const fresh = initialProgress();
  if (typeof data !== 'object' || data === null) return fresh;
  const raw = data as Record<string, unknown>;
  const rawSteps = (typeof raw.steps === 'object' && raw.steps !== null ? raw.steps : {}) as Record<string, unknown>;
  const steps = Object.fromEntries(
    STEP_IDS.map((id): [StepId, StepProgress] => {
      const parsed = stepProgressSchema.safeParse(rawSteps[id]);
      return [id, parsed.success ? parsed.data : untouchedStep()];
    }),
  ) as Record<StepId, StepProgress>;
  const hosts = z.array(hostSeenSchema).max(50).safeParse(raw.hostsSeen);
  const prefs = prefsSchema.safeParse(raw.prefs);
  const diagnostics = z.array(diagnosticSchema).max(100).safeParse(raw.diagnostics);
  const rawTimings = (typeof raw.timings === 'object' && raw.timings !== null ? raw.timings : {}) as Record<string, unknown>;
  // Each step's timing on its own: a broken one is dropped, the others stay.
  const timings = Object.fromEntries(
    STEP_IDS.flatMap((id) => {
      const parsed = timingSchema.safeParse(rawTimings[id]);
      return parsed.success ? [[id, parsed.data]] : [];
    }),
  ) as ProgressState['timings'];
  // Each entry on its own, like the timings: one broken entry costs only itself.
  const listOf = <T>(value: unknown, schema: z.ZodType<T>, max: number): T[] =>
    (Array.isArray(value) ? value : []).flatMap((item) => {
      const parsed = schema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }).slice(0, max);
  return {
    steps,
    hostsSeen: hosts.success ? hosts.data : fresh.hostsSeen,
    prefs: prefs.success ? prefs.data : fresh.prefs,
    diagnostics: diagnostics.success ? diagnostics.data : fresh.diagnostics,
    timings,
    errorsSeen: listOf(raw.errorsSeen, errorSeenSchema, MAX_ERRORS_SEEN),
    matched: listOf(raw.matched, matchedWaySchema, MAX_MATCHED),
  };
}
