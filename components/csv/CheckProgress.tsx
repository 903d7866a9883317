import type { CsvCheckProgress } from '../../lib/messaging/csv-port-client';
import { csvText } from '../../lib/i18n/csv-text';
import { useText } from '../use-text';

export interface CheckProgressProps {
  name: string;
  progress: CsvCheckProgress | null;
  onCancel(): void;
}

/** Progress of a running check: bytes handed to the background, then an indeterminate bar while it checks. */
export function CheckProgress({ name, progress, onCancel }: CheckProgressProps) {
  const { t } = useText(csvText);
  const checking = progress?.phase === 'checking';
  const percent = progress && progress.total > 0 ? Math.floor((progress.received * 100) / progress.total) : 0;
  return (
    <div class="running" data-running="">
      <p id="csv-progress-text">{checking ? t('checking', { name }) : t('reading', { name, percent })}</p>
      {/* No value while checking: the check runs in one go in the background, so there is no percentage to show. */}
      <progress aria-label={t('progressLabel')} aria-describedby="csv-progress-text" max={100} value={checking ? undefined : percent} />
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
