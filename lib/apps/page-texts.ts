import type { Locale, Localized } from '../i18n/locale';
import type { StepId, StepNotice } from '../guide/types';
import { MARKETO_PAGE_TEXTS } from './marketo/page-texts';
import { SIA_PAGE_TEXTS } from './sales-insight-actions/page-texts';
import { SALESFORCE_PAGE_TEXTS } from './salesforce/page-texts';

/**
 * The page-only texts of every app, merged (each app's own module is typed against its keys). Only the
 * extension's pages and the background import this: a test keeps it out of every content-script bundle.
 */
const APPS = [MARKETO_PAGE_TEXTS, SIA_PAGE_TEXTS, SALESFORCE_PAGE_TEXTS] as const;

/** Each step's summary and documentation link (popup, report). */
export const STEP_DETAILS: Readonly<Record<StepId, { summary: Localized; docUrl: Localized }>> = Object.assign({}, ...APPS.map((a) => a.steps));

/** What each completion rule proves, by rule id (popup evidence, report). */
export const RULE_PROOFS: Readonly<Record<string, Localized>> = Object.assign({}, ...APPS.map((a) => a.rules));

/** Where every target of the registry usually is, in each language. */
export const TARGET_WHERE: Readonly<Record<string, Localized>> = Object.assign({}, ...APPS.map((a) => a.where));

const NOTICES: Readonly<Partial<Record<StepId, readonly StepNotice[]>>> = Object.assign({}, ...APPS.map((a) => a.notices));

/** The cautions and notes of a step (none for some), for its callout (`guide/notices`). */
export function noticesOf(stepId: StepId): readonly StepNotice[] {
  return NOTICES[stepId] ?? [];
}

/** The written instruction for a target, or null for an unknown key. */
export function whereOf(key: string, locale: Locale): string | null {
  return TARGET_WHERE[key]?.[locale] ?? null;
}
