import { describeCount } from '../../lib/i18n/count-text';
import type { StepCount } from '../../lib/progress/count';
import { useText } from '../locale-context';

/**
 * Overall progress as a labelled progress bar with its numbers spelled out (prerequisites and steps apart).
 * `label` and `id` tell a second bar on the same page apart (the practice banner's).
 */
export function ProgressBar({ count, label, id = 'progress' }: { count: StepCount; label?: string; id?: string }) {
  const { locale, t } = useText();
  return (
    <div class="progress">
      <div class="progress__label" id={`${id}-label`}>
        {label ?? t('progressLabel')}: <span data-testid={`${id}-summary`}>{describeCount(locale, count)}</span>
      </div>
      <progress aria-labelledby={`${id}-label`} value={count.all.done} max={Math.max(count.all.total, 1)} />
    </div>
  );
}
