import type { Locale, Localized } from '../../i18n/locale';
import { MARKETO_WHERE } from './marketo';
import { SALESFORCE_WHERE } from './salesforce';
import { SIA_WHERE } from './sales-insight-actions';

/** Where every target of the registry usually is, in each language (see lib/targets/where/*.ts). */
export const TARGET_WHERE: Readonly<Record<string, Localized>> = { ...MARKETO_WHERE, ...SIA_WHERE, ...SALESFORCE_WHERE };

/** The written instruction for a target, or null for an unknown key. */
export function whereOf(key: string, locale: Locale): string | null {
  return TARGET_WHERE[key]?.[locale] ?? null;
}
