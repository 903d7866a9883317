import { useText } from '../locale-context';

/** Overall progress as a labelled progress bar with its numbers spelled out. */
export function ProgressBar({ done, total }: { done: number; total: number }) {
  const { t } = useText();
  return (
    <div class="progress">
      <div class="progress__label" id="progress-label">
        {t('progressLabel')}: <span data-testid="progress-summary">{t('progressSummary', { done, total })}</span>
      </div>
      <progress aria-labelledby="progress-label" value={done} max={Math.max(total, 1)} />
    </div>
  );
}
