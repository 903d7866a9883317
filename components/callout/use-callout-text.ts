import { useContext } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locale';
import { calloutText, type CalloutTextKey } from '../../lib/i18n/callout-text';
import { LocaleContext } from '../locale-context';

/** The guide language and a callout-text lookup bound to it. */
export function useCalloutText(): { locale: Locale; t: (key: CalloutTextKey, params?: Record<string, string | number>) => string } {
  const locale = useContext(LocaleContext);
  return { locale, t: (key, params) => calloutText(locale, key, params) };
}
