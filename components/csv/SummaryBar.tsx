import type { FixCounts } from '../../lib/csv/session';
import { csvText, type CsvTextKey } from '../../lib/i18n/csv-text';
import { useText } from '../use-text';

/** Ready / fixed / removed at a glance, and how many rows still need a fix; follows every edit. */
export function SummaryBar({ counts, format }: { counts: FixCounts; format(n: number): string }) {
  const { t } = useText(csvText);
  const cells: [keyof FixCounts, CsvTextKey][] = [
    ['ready', 'summaryReady'],
    ['fixed', 'summaryFixed'],
    ['removed', 'summaryRemoved'],
    ['errors', 'summaryErrors'],
  ];
  return (
    <section class="summary" aria-label={t('summaryTitle')} data-summary="">
      {cells.map(([id, label]) => (
        <p key={id} class={`summary-cell summary-cell--${id}`} data-summary-count={id}>
          <span class="summary-n">{format(counts[id])}</span> <span class="summary-label">{t(label)}</span>
        </p>
      ))}
    </section>
  );
}
