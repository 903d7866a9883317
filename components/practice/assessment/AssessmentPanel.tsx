import { runResult } from '../../../lib/assessment/run';
import type { Locale } from '../../../lib/i18n/locale';
import { AssessmentResultView } from './AssessmentResultView';
import { AssessmentRunning } from './AssessmentRunning';
import { AssessmentSetup } from './AssessmentSetup';
import type { useAssessment } from './use-assessment';
import { assessmentText } from '../../../lib/i18n/assessment-text';
import { useText } from '../../use-text';

export interface AssessmentPanelProps {
  assessment: ReturnType<typeof useAssessment>;
  extensionVersion: string;
  locale: Locale;
  /** Resets every practice screen and practice progress for the next attendee. */
  onNext(): void;
}

/** The sandbox's side panel while an assessment is being set up, runs, or shows its result. */
export function AssessmentPanel({ assessment, extensionVersion, locale, onNext }: AssessmentPanelProps) {
  const { t } = useText(assessmentText);
  const { phase } = assessment;
  if (phase.kind === 'setup') return <AssessmentSetup onStart={(name, scope) => void assessment.start(name, scope)} onCancel={assessment.cancel} />;
  if (phase.kind === 'starting') {
    return (
      <section class="assess">
        <h2 id="assess-title">{t('assessTitle')}</h2>
        <p role="status">{t('assessStarting')}</p>
      </section>
    );
  }
  if (phase.kind === 'running') return <AssessmentRunning run={phase.run} onHint={assessment.hint} onItsScreen={assessment.onItsScreen} onFinish={assessment.finish} />;
  if (phase.kind === 'result') return <AssessmentResultView result={runResult(phase.run, { extensionVersion, uiLanguage: locale })} onNext={onNext} />;
  return null;
}
