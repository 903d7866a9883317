import { z } from 'zod';
import { STEP_IDS } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import { PAGE_IDS } from '../pages/types';
import { MAX_NOT_FOUND } from '../progress/timings';
import { STATUS_SOURCES, STEP_STATUSES } from '../progress/types';
import { REPORT_FORMAT, REPORT_VERSION, WAY_KINDS, WAY_OUTCOMES } from './types';

/*
 * The exported report's schema. Strict objects throughout: a key the format does not define is a sign of
 * a tampered or foreign file, and it could carry text we never meant to show.
 */

const time = z.iso.datetime();
const host = z.string().regex(/^[a-z0-9.-]+$/i).max(255);
const page = z.enum(PAGE_IDS);
/** Rule ids and target keys: lower-case kebab words joined by dots, as in the guide and registry. */
const key = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/).max(100);

const triedWaySchema = z.strictObject({
  way: z.number().int().min(0).max(20),
  by: z.enum(WAY_KINDS),
  lang: z.enum(LOCALES).optional(),
  outcome: z.enum(WAY_OUTCOMES),
});

/** A locator diagnostic in a report. */
export const reportDiagnosticSchema = z.strictObject({
  target: key,
  page,
  host,
  at: time,
  tried: z.array(triedWaySchema).max(20),
});

const evidenceSchema = z.strictObject({ rule: key, host, page, seenAt: time });

/** A step as version 1 has it: no timing. */
const stepSchemaV1 = z.strictObject({
  id: z.enum(STEP_IDS),
  status: z.enum(STEP_STATUSES),
  changedAt: time.nullable(),
  via: z.enum(['hand', 'evidence']).nullable(),
  evidence: z.array(evidenceSchema).max(50),
  diagnostics: z.array(reportDiagnosticSchema).max(100),
});

/** A step's timing in a report: a step cannot be completed before it started. */
export const reportTimingSchema = z
  .strictObject({
    startedAt: time.nullable(),
    completedAt: time.nullable(),
    notFound: z.number().int().min(0).max(MAX_NOT_FOUND),
  })
  .refine((t) => !t.startedAt || !t.completedAt || Date.parse(t.completedAt) >= Date.parse(t.startedAt), {
    message: 'Completed before it started.',
    path: ['completedAt'],
  });

/** A step as version 2 has it: with its timing, always. */
const stepSchemaV2 = stepSchemaV1.extend({ timing: reportTimingSchema });

/** A step as version 3 has it: it may be done elsewhere, and then (only then) says from which report. */
const stepSchema = stepSchemaV2
  .extend({ via: z.enum(STATUS_SOURCES).nullable(), elsewhere: z.strictObject({ reportGeneratedAt: time }).optional() })
  .refine((s) => (s.via === 'elsewhere') === (s.elsewhere !== undefined), { message: 'Done elsewhere needs its source.', path: ['elsewhere'] });

const hostSeenSchema = z.strictObject({
  app: z.enum(['marketo', 'sales-insight-actions', 'salesforce']),
  host,
  lastSeen: time,
});

/** The whole report of one format version, its steps read by `step`. */
function reportSchemaOf<V extends number, S extends z.ZodType<{ id: string }>>(version: V, step: S) {
  return z.strictObject({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(version),
    generatedAt: time,
    extensionVersion: z.string().regex(/^[\w.+-]+$/).max(40),
    browser: z.string().regex(/^[\p{L}\p{N} .()_+-]+$/u).max(60),
    uiLanguage: z.enum(LOCALES),
    hostsSeen: z.array(hostSeenSchema).max(50),
    steps: z
      .array(step)
      .max(STEP_IDS.length)
      .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, { message: 'A step is listed twice.' }),
  });
}

/** The whole report, current version (REPORT_VERSION). */
export const reportSchema = reportSchemaOf(REPORT_VERSION, stepSchema);
/** The whole report as version 2 wrote it (nothing done elsewhere), still opened read-only. */
export const reportSchemaV2 = reportSchemaOf(2, stepSchemaV2);
/** The whole report as version 1 wrote it (no timings), still opened read-only. */
export const reportSchemaV1 = reportSchemaOf(1, stepSchemaV1);
