import { describeCount } from '../../lib/i18n/count-text';
import type { StepCount } from '../../lib/progress/count';
import { useText } from '../locale-context';

/** Overall progress as a labelled progress bar with its numbers spelled out (prerequisites and steps apart). */
export function ProgressBar({ count }: { count: StepCount }) {
  const { locale, t } = useText();
  return (
    <div class="progress">
      <div class="progress__label" id="progress-label">
        {t('progressLabel')}: <span data-testid="progress-summary">{describeCount(locale, count)}</span>
      </div>
      <progress aria-labelledby="progress-label" value={count.all.done} max={Math.max(count.all.total, 1)} />
    </div>
  );
}
