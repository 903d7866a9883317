import { useContext } from 'preact/hooks';
import { practiceText, type PracticeTextKey } from '../../lib/i18n/practice-text';
import { LocaleContext } from '../locale-context';

/** The practice sandbox's texts in the current UI language. */
export function usePracticeText() {
  const locale = useContext(LocaleContext);
  return { locale, t: (key: PracticeTextKey, params?: Record<string, string | number>) => practiceText(locale, key, params) };
}
