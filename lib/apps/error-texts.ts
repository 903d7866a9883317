import type { Locale } from '../i18n/locale';
import type { RecoveryCard, RecoveryTexts } from '../guide/recovery';
import type { ErrorStateRule } from '../guide/error-states';
import type { AppId } from '../pages/types';
import { SIA_ERROR_STATES } from './sales-insight-actions/error-states';
import { SIA_ERROR_TEXTS } from './sales-insight-actions/error-texts';
import { SALESFORCE_ERROR_STATES } from './salesforce/error-states';
import { SALESFORCE_ERROR_TEXTS } from './salesforce/error-texts';

/**
 * Every app's documented error states and their recovery texts, merged. Only the extension's pages and the
 * background import this (a test keeps it out of the content scripts, which carry only their app's rules).
 */
export const ERROR_STATES: ReadonlyArray<{ app: AppId; rule: ErrorStateRule }> = [
  ...SIA_ERROR_STATES.map((rule) => ({ app: 'sales-insight-actions' as const, rule })),
  ...SALESFORCE_ERROR_STATES.map((rule) => ({ app: 'salesforce' as const, rule })),
];

const TEXTS: Readonly<Record<string, RecoveryTexts>> = { ...SIA_ERROR_TEXTS, ...SALESFORCE_ERROR_TEXTS };

/** The error state with this id and its app, or undefined (ids come from messages and files). */
export function errorStateOf(id: string): { app: AppId; rule: ErrorStateRule } | undefined {
  return ERROR_STATES.find((entry) => entry.rule.id === id);
}

/** An error state's recovery texts, or undefined for an unknown id. */
export function recoveryTextsOf(id: string): RecoveryTexts | undefined {
  return Object.hasOwn(TEXTS, id) ? TEXTS[id] : undefined;
}

/** A recovery card in `locale`, or null for an unknown id. */
export function recoveryOf(id: string, locale: Locale): RecoveryCard | null {
  const texts = recoveryTextsOf(id);
  if (!texts) return null;
  return { title: texts.title[locale], message: texts.message[locale], fix: texts.fix.map((f) => f[locale]), docUrl: texts.docUrl[locale] };
}
