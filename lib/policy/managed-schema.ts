import { PERSONAS } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import type { PolicyKey } from './schema';

/** One property of Chrome's managed storage schema (the JSON Schema subset Chrome reads). */
export interface ManagedProperty {
  type: 'string' | 'boolean';
  enum?: readonly string[];
  title: string;
  description: string;
}

/**
 * Chrome's `storage.managed_schema` (public file `managed-schema.json`, written at build time): what policy
 * tools such as Google Admin and the Windows/macOS policy templates show an administrator. One entry per
 * setting of `POLICY_SETTINGS`, the type forces that; the values themselves are checked by those schemas.
 */
export const MANAGED_PROPERTIES: Readonly<Record<PolicyKey, ManagedProperty>> = {
  marketoHost: {
    type: 'string',
    title: 'Marketo Engage instance address',
    description: 'The host of your Marketo Engage instance, e.g. app-ab12.marketo.com. "Go to step" opens it.',
  },
  salesInsightActionsHost: {
    type: 'string',
    title: 'Sales Insight Actions address',
    description: 'The host of Sales Insight Actions: toutapp.com.',
  },
  salesforceHost: {
    type: 'string',
    title: 'Salesforce org address',
    description: 'The host of your Salesforce org, e.g. acme.lightning.force.com or acme.my.salesforce.com.',
  },
  language: { type: 'string', enum: LOCALES, title: 'Language', description: 'The language of the guide: en or de. Users cannot change it.' },
  persona: {
    type: 'string',
    enum: [...PERSONAS, 'both'],
    title: 'Role',
    description: 'Whose steps the user sees: marketo-admin, salesforce-admin or both. Users cannot change it.',
  },
  liveCredentialCheck: {
    type: 'boolean',
    title: 'Live credential check',
    description: 'false: credentials are only checked for paste mistakes; nothing is sent to the Marketo identity endpoint.',
  },
  practiceSandbox: { type: 'boolean', title: 'Practice sandbox', description: 'false: the practice sandbox is not offered.' },
  presenterMode: { type: 'boolean', title: 'Presenter mode', description: 'Presenter mode on (true) or off (false); users cannot switch it.' },
};

/** The managed storage schema as Chrome reads it from the package. */
export function managedSchema(): { type: 'object'; properties: Readonly<Record<PolicyKey, ManagedProperty>> } {
  return { type: 'object', properties: MANAGED_PROPERTIES };
}

/** Where the schema file sits in the Chrome package. */
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';
