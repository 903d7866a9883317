import { z } from 'zod';
import { STEP_IDS } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import { PAGE_IDS } from '../pages/types';
import { STEP_STATUSES } from '../progress/types';
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

const stepSchema = z.strictObject({
  id: z.enum(STEP_IDS),
  status: z.enum(STEP_STATUSES),
  changedAt: time.nullable(),
  via: z.enum(['hand', 'evidence']).nullable(),
  evidence: z.array(evidenceSchema).max(50),
  diagnostics: z.array(reportDiagnosticSchema).max(100),
});

const hostSeenSchema = z.strictObject({
  app: z.enum(['marketo', 'sales-insight-actions', 'salesforce']),
  host,
  lastSeen: time,
});

/** The whole report, version 1. */
export const reportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  generatedAt: time,
  extensionVersion: z.string().regex(/^[\w.+-]+$/).max(40),
  browser: z.string().regex(/^[\p{L}\p{N} .()_+-]+$/u).max(60),
  uiLanguage: z.enum(LOCALES),
  hostsSeen: z.array(hostSeenSchema).max(50),
  steps: z
    .array(stepSchema)
    .max(STEP_IDS.length)
    .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, { message: 'A step is listed twice.' }),
});
