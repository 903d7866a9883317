import { z } from 'zod';
import { PERSONAS } from '../guide/types';
import { LOCALES } from '../i18n/locale';
import { startUrl } from '../pages/urls';
import type { AppId, PageId } from '../pages/types';

/** A page of each app whose start address tells whether a host belongs to the app. */
const HOME_PAGE: Readonly<Record<AppId, PageId>> = { marketo: 'marketo-admin', 'sales-insight-actions': 'sia-settings', salesforce: 'sfdc-other' };

/** An instance address as an administrator writes it: a host, or an https address (its host is kept). */
const instanceHost = (app: AppId) =>
  z
    .string()
    .trim()
    .max(300)
    .transform((value) => value.replace(/^https:\/\//i, '').replace(/[/?#].*$/, '').toLowerCase())
    // One of the app's own hosts, as "Go to step" checks a typed one. The Experience Cloud shell hosts Marketo
    // but is no instance: its Marketo frame comes from the instance host.
    .refine((host) => /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) && host !== 'experience.adobe.com' && startUrl(app, HOME_PAGE[app], host) !== null);

/**
 * The settings an organisation can set by policy (Chrome `storage.managed`, Firefox `3rdparty` policy), each
 * validated on its own: one bad value never costs the others. The JSON schema in public/managed-schema.json
 * lists the same keys for Chrome's policy tools.
 */
export const POLICY_SETTINGS = {
  /** The Marketo Engage instance, e.g. `app-ab12.marketo.com`: "Go to step" opens it. */
  marketoHost: instanceHost('marketo'),
  /** The Sales Insight Actions host (`toutapp.com` for every customer today). */
  salesInsightActionsHost: instanceHost('sales-insight-actions'),
  /** The Salesforce org, e.g. `acme.lightning.force.com` or `acme.my.salesforce.com`. */
  salesforceHost: instanceHost('salesforce'),
  /** The UI language, instead of the browser's or the user's choice. */
  language: z.enum(LOCALES),
  /** Whose steps the user sees. */
  persona: z.enum([...PERSONAS, 'both']),
  /** false: credentials are only checked for format; nothing is sent to Marketo's identity endpoint. */
  liveCredentialCheck: z.boolean(),
  /** false: the practice sandbox is not offered (no Practice link; practice.html says so). */
  practiceSandbox: z.boolean(),
  /** Presenter mode on or off (larger callouts, secrets masked); the user cannot switch it. */
  presenterMode: z.boolean(),
} as const;

export type PolicyKey = keyof typeof POLICY_SETTINGS;
export const POLICY_KEYS = Object.keys(POLICY_SETTINGS) as PolicyKey[];

/** The valid managed values, by key. */
export type ManagedSettings = { -readonly [K in PolicyKey]?: z.output<(typeof POLICY_SETTINGS)[K]> };

/** A policy entry that was not applied: `invalid` value, or an `unknown` key (a typo, or a newer version's setting). */
export interface IgnoredSetting {
  key: string;
  reason: 'invalid' | 'unknown';
}

/** What the managed storage area says, read: the values applied and the entries ignored. */
export interface PolicyReading {
  values: ManagedSettings;
  ignored: IgnoredSetting[];
}

export const NO_POLICY: PolicyReading = { values: {}, ignored: [] };

/** Keys longer than this are cut in notes: a policy is not ours, so what it holds is shown with care. */
const MAX_KEY_SHOWN = 60;

/**
 * Reads the raw contents of the managed area. Never throws: anything that is not a valid value of a known
 * setting is left out and listed in `ignored`, so a broken policy never breaks a view.
 */
export function readPolicy(raw: unknown): PolicyReading {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY;
  const values: Record<string, unknown> = {};
  const ignored: IgnoredSetting[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(POLICY_SETTINGS, key)) {
      ignored.push({ key: key.slice(0, MAX_KEY_SHOWN), reason: 'unknown' });
      continue;
    }
    const parsed = POLICY_SETTINGS[key as PolicyKey].safeParse(value);
    if (parsed.success) values[key] = parsed.data;
    else ignored.push({ key, reason: 'invalid' });
  }
  return { values: values as ManagedSettings, ignored };
}
