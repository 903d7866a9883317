import { useReportText } from './use-report-text';

/** A time in the reader's locale, with the exact ISO time kept machine-readable. */
export function Time({ iso }: { iso: string | null }) {
  const { when } = useReportText();
  return iso ? <time dateTime={iso}>{when(iso)}</time> : <>{when(null)}</>;
}
