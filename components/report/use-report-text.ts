import { useContext } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locale';
import { reportText, type ReportTextKey } from '../../lib/report/text';
import { LocaleContext } from '../locale-context';

/** The page language, a report text lookup and a local date-time format bound to it. */
export function useReportText(): {
  locale: Locale;
  t: (key: ReportTextKey, params?: Record<string, string | number>) => string;
  when: (iso: string | null) => string;
} {
  const locale = useContext(LocaleContext);
  return {
    locale,
    t: (key, params) => reportText(locale, key, params),
    when: (iso) => (iso ? new Date(iso).toLocaleString(locale) : reportText(locale, 'never')),
  };
}
