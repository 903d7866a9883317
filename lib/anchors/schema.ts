import { z } from 'zod';
import { PAGE_IDS } from '../pages/types';
import { SAFE_VALUE, STABLE_ATTRIBUTES } from './stable';
import { ANCHOR_LIMITS, ANCHOR_SOURCES } from './types';

/*
 * The shape of an anchor, wherever it crosses a boundary: a content script's message, the stored list,
 * a report. Strict (unknown keys refused), capped in size, and every part that goes into a selector is of
 * a charset that needs no escaping, so a stored anchor cannot smuggle a selector of its own.
 */

const CLASS = z.string().regex(/^[A-Za-z_][\w-]{0,40}$/);
const PATH_STEP = z.string().regex(/^[a-z][a-z0-9-]{0,30}(?:\.[A-Za-z_][\w-]{0,40}){1,3}$/);
const ROLE = z.enum(['button', 'link', 'tab', 'menuitem', 'treeitem', 'label', 'option']);
export const HOST = z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/).max(255);

export const anchorShapeSchema = z.strictObject({
  tag: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/),
  role: ROLE.nullable(),
  attrs: z.partialRecord(z.enum(STABLE_ATTRIBUTES), z.string().regex(SAFE_VALUE)).refine((a) => Object.keys(a).length <= ANCHOR_LIMITS.attrs),
  classes: z.array(CLASS).max(ANCHOR_LIMITS.classes),
  path: z.array(PATH_STEP).max(ANCHOR_LIMITS.path),
  // Normalised label text: lower case, no line breaks, and never something that reads like data.
  label: z.string().max(ANCHOR_LIMITS.label).regex(/^[^\n@]*$/),
});

/** One stored anchor (the target key is checked against the registry by whoever reads it). */
export const learnedAnchorSchema = z.strictObject({
  target: z.string().min(1).max(100),
  app: z.enum(['marketo', 'sales-insight-actions', 'salesforce']),
  host: HOST,
  page: z.enum(PAGE_IDS),
  source: z.enum(ANCHOR_SOURCES),
  anchor: anchorShapeSchema,
  at: z.iso.datetime(),
});
