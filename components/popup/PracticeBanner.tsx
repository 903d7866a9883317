import type { StoreApi } from 'zustand/vanilla';
import { stepPosition } from '../../lib/guide/runner';
import type { GuideStep } from '../../lib/guide/types';
import { APP_NAMES } from '../../lib/pages/names';
import { nextStep } from '../../lib/progress/next-step';
import { statusesOf } from '../../lib/progress/statuses';
import { summarizeProgress } from '../../lib/progress/summary';
import type { ProgressView } from '../../stores/progress-view';
import { useText } from '../locale-context';
import { useStoreSlice } from '../use-store';
import { ProgressBar } from './ProgressBar';

export interface PracticeBannerProps {
  guide: readonly GuideStep[];
  /** The practice sandbox's own progress (read only here: the sandbox writes it). */
  practice: StoreApi<ProgressView>;
}

/**
 * On a practice tab: a clear "Practice" banner with practice progress and the practice's next step, in
 * place of real progress, so a practice run is never mistaken for the real setup. The sandbox opens its
 * own screens, so there is no "Take me there" here.
 */
export function PracticeBanner({ guide, practice }: PracticeBannerProps) {
  const { locale, t } = useText();
  const hydrated = useStoreSlice(practice, (s) => s.hydrated);
  const progress = useStoreSlice(practice, (s) => s.progress);
  if (!hydrated) return null;
  const persona = progress.prefs.persona;
  const step = nextStep(guide, statusesOf(progress), persona);
  const position = step && stepPosition(step);
  return (
    <section class="practice-banner" aria-labelledby="practice-banner-title" data-testid="practice-banner">
      <h2 id="practice-banner-title">{t('practiceBannerTitle')}</h2>
      <p>{t('practiceBannerText')}</p>
      <ProgressBar count={summarizeProgress(progress, persona)} label={t('practiceProgressLabel')} id="practice-progress" />
      <p class="practice-banner__next" data-testid="practice-next" data-step={step?.id}>
        {step && position
          ? t('practiceNext', {
              position: t(step.kind === 'prerequisite' ? 'nextUpPrereqOf' : 'nextUpStepOf', { n: position.index, total: position.total }),
              title: step.title[locale],
              app: APP_NAMES[step.app][locale],
            })
          : t('practiceComplete')}
      </p>
    </section>
  );
}
