import { useText } from '../use-text';
import { formatWhen, reportText } from '../../lib/report/text';

/** A time in the reader's locale, with the exact ISO time kept machine-readable. */
export function Time({ iso }: { iso: string | null }) {
  const { locale } = useText(reportText);
  return iso ? <time dateTime={iso}>{formatWhen(locale, iso)}</time> : <>{formatWhen(locale, null)}</>;
}
