import { z } from 'zod';
import { STEP_IDS } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, MAX_ATTENDEE_LENGTH, MAX_COUNT, MAX_SECONDS } from './types';

/**
 * A person's name as typed: letters (any script), digits, spaces and the punctuation names use. No
 * `@` (an e-mail address is not a name), no `<`, `=` or quotes a spreadsheet or page could act on.
 */
export const ATTENDEE_PATTERN = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,'’()-]*$/u;

export const attendeeSchema = z.string().max(MAX_ATTENDEE_LENGTH).regex(ATTENDEE_PATTERN);

const count = z.number().int().min(0).max(MAX_COUNT);

const stepSchema = z
  .strictObject({
    id: z.enum(STEP_IDS),
    done: z.boolean(),
    via: z.enum(['evidence', 'hand']).nullable(),
    seconds: z.number().int().min(0).max(MAX_SECONDS),
    hints: count,
    offPath: count,
  })
  .refine((step) => step.done === (step.via !== null), { message: 'A done step says how; an open one does not.', path: ['via'] });

/** Strict throughout, like the report: an unknown key is a sign of a foreign or tampered file. */
export const assessmentSchema = z
  .strictObject({
    format: z.literal(ASSESSMENT_FORMAT),
    version: z.literal(ASSESSMENT_VERSION),
    attendee: attendeeSchema,
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime(),
    extensionVersion: z.string().regex(/^[\w.+-]+$/).max(40),
    uiLanguage: z.enum(LOCALES),
    steps: z
      .array(stepSchema)
      .min(1)
      .max(STEP_IDS.length)
      .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, { message: 'A step is listed twice.' })
      .refine((steps) => steps.every((s, i) => i === 0 || STEP_IDS.indexOf(s.id) > STEP_IDS.indexOf(steps[i - 1]!.id)), {
        message: 'Steps are not in guide order.',
      }),
  })
  .refine((r) => Date.parse(r.finishedAt) >= Date.parse(r.startedAt), { message: 'Finished before it started.', path: ['finishedAt'] });
