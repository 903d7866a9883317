import { useContext } from 'preact/hooks';
import { csvText, type CsvTextKey } from '../../lib/i18n/csv-text';
import { LocaleContext } from '../locale-context';

/** The csv.html text lookup in the page's language. */
export function useCsvText(): (key: CsvTextKey, params?: Record<string, string | number>) => string {
  const locale = useContext(LocaleContext);
  return (key, params) => csvText(locale, key, params);
}
