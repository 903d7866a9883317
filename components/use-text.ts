import { useContext } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locale';
import type { TextLookup, TextParams } from '../lib/i18n/define-text';
import { LocaleContext } from './locale-context';

/** The view's language (LocaleContext) and a text table's lookup bound to it. */
export function useText<K extends string>(lookup: TextLookup<K>): { locale: Locale; t: (key: K, params?: TextParams) => string } {
  const locale = useContext(LocaleContext);
  return { locale, t: (key, params) => lookup(locale, key, params) };
}
