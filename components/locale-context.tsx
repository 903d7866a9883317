import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locale';
import { uiText, type UiTextKey } from '../lib/i18n/ui-text';

/** The UI language of the tree below (popup, pages and callouts). */
export const LocaleContext = createContext<Locale>('en');

/** The current UI language and a text lookup bound to it (extension pages). */
export function useText(): { locale: Locale; t: (key: UiTextKey, params?: Record<string, string | number>) => string } {
  const locale = useContext(LocaleContext);
  return { locale, t: (key, params) => uiText(locale, key, params) };
}
