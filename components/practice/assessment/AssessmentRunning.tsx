import { useState } from 'preact/hooks';
import { getStep } from '../../../lib/apps';
import { currentStep, type AssessmentRun } from '../../../lib/assessment/run';
import { stepLabel } from '../../../lib/class-overview/text';
import type { StepId } from '../../../lib/guide/types';
import { assessmentText } from '../../../lib/i18n/assessment-text';
import { APP_NAMES } from '../../../lib/pages/names';
import { useText } from '../../use-text';

export interface AssessmentRunningProps {
  run: AssessmentRun;
  /** Takes a hint; returns the step it counted for. */
  onHint(): StepId | null;
  /** Whether the screen shown now belongs to the app where `step` is done. */
  onItsScreen(step: StepId): boolean;
  onFinish(): void;
}

/** During a run: who, the step to do now, the Hint button and Finish. */
export function AssessmentRunning({ run, onHint, onItsScreen, onFinish }: AssessmentRunningProps) {
  const { t, locale } = useText(assessmentText);
  const [said, setSaid] = useState('');
  const now = currentStep(run);
  const hints = run.steps.reduce((sum, s) => sum + s.hints, 0);
  const index = now ? run.steps.indexOf(now) + 1 : run.steps.length;
  return (
    <section class="assess" aria-labelledby="assess-title" data-assessment="running">
      <h2 id="assess-title">{t('assessRunning', { name: run.attendee })}</h2>
      {now && (
        <p class="assess__now" data-testid="assess-now">
          {t('assessNow', { label: `${index}`, total: run.steps.length, title: `${stepLabel(locale, now.id)} · ${getStep(now.id).title[locale]}` })}
        </p>
      )}
      <div class="assess__actions">
        <button
          type="button"
          class="primary"
          onClick={() => {
            const step = onHint();
            if (!step) return;
            const label = stepLabel(locale, step);
            const n = hints + 1;
            setSaid(onItsScreen(step) ? t('assessHintShown', { n, label }) : t('assessHintElsewhere', { n, label, app: APP_NAMES[getStep(step).app][locale] }));
          }}
        >
          {t('assessHint')}
        </button>
        <button type="button" onClick={onFinish}>
          {t('assessFinish')}
        </button>
      </div>
      <p role="status" class="assess__said">
        {said}
      </p>
      <p class="assess__hint">{t('assessHintKeys')}</p>
    </section>
  );
}
