import { MARKETO_TARGETS } from '../apps/marketo/targets';
import { SALESFORCE_TARGETS } from '../apps/salesforce/targets';
import { SIA_TARGETS } from '../apps/sales-insight-actions/targets';
import type { TargetDef } from './types';

/**
 * The one registry of targets, merged from the per-app files (marketo.ts, sales-insight-actions.ts,
 * salesforce.ts). Keys are namespaced kebab strings: `marketo.*`, `sia.*`, `sfdc.*`.
 */
export const TARGETS = {
  ...MARKETO_TARGETS,
  ...SIA_TARGETS,
  ...SALESFORCE_TARGETS,
} as const satisfies Record<string, TargetDef>;

/** A key of the target registry. */
export type TargetKey = keyof typeof TARGETS;
