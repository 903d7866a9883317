import type { TargetDef } from './types';

/** The one registry of targets. Filled per app in marketo.ts, sales-insight-actions.ts, salesforce.ts. */
export const TARGETS = {} as const satisfies Record<string, TargetDef>;

/** A key of the target registry. */
export type TargetKey = keyof typeof TARGETS;
