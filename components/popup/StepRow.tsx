import type { GuideStep } from '../../lib/guide/types';
import type { StepProgress, StepStatus } from '../../lib/progress/types';
import { useText } from '../locale-context';
import type { UiTextKey } from '../../lib/i18n/ui-text';
import { EvidenceList } from './EvidenceList';
import { STEP_DETAILS } from '../../lib/apps/page-texts';
import { GoToStep } from './GoToStep';
import type { OpenStepResult } from '../../lib/messaging/protocol';

const STATUS_TEXT: Record<StepStatus, UiTextKey> = {
  todo: 'statusTodo',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  skipped: 'statusSkipped',
};

export interface StepRowProps {
  step: GuideStep;
  progress: StepProgress;
  onSetStatus(status: StepStatus): void;
  onOpen(host?: string): Promise<OpenStepResult>;
}

/** One step of the checklist: number, title, who does it, status, how it was reached, and its actions. */
export function StepRow({ step, progress, onSetStatus, onOpen }: StepRowProps) {
  const { locale, t } = useText();
  const title = step.title[locale];
  const finished = progress.status === 'done' || progress.status === 'skipped';
  const when = progress.changedAt ? new Date(progress.changedAt).toLocaleString(locale) : null;
  const number = <span class="step__number">{step.number ? t('stepNumber', { n: step.number }) : t('prerequisite')}</span>;
  const status = (
    <span class={`status status--${progress.status}`} data-testid="status">
      {t(progress.via === 'elsewhere' ? 'statusDoneElsewhere' : STATUS_TEXT[progress.status])}
    </span>
  );
  const how = progress.via && (
    <span class="step__via" data-via={progress.via}>
      {progress.elsewhere
        ? t('viaElsewhere', { time: new Date(progress.elsewhere.reportGeneratedAt).toLocaleString(locale) })
        : t(progress.via === 'hand' ? 'viaHand' : 'viaEvidence')}
    </span>
  );
  const docs = (
    <a href={STEP_DETAILS[step.id].docUrl[locale]} target="_blank" rel="noreferrer" aria-label={t('docsLabel', { title })}>
      {t('docs')}
    </a>
  );
  if (finished) {
    // A finished step is one line (its details on demand), so the open steps stay in view.
    return (
      <li class={`step step--${progress.status} step--finished`} data-step={step.id} data-status={progress.status}>
        <details>
          <summary class="step__line">
            {number} <span class="step__title">{title}</span> {status} {how}
          </summary>
          <p class="step__summary">{STEP_DETAILS[step.id].summary[locale]}</p>
          {when && (
            <p class="step__when">
              <time dateTime={progress.changedAt!}>{when}</time>
            </p>
          )}
          <EvidenceList step={step} evidence={progress.evidence} />
          {docs}
        </details>
        <button type="button" class="step__undo" onClick={() => onSetStatus('todo')} aria-label={t('undoLabel', { title })}>
          {t('undo')}
        </button>
      </li>
    );
  }
  return (
    <li class={`step step--${progress.status}`} data-step={step.id} data-status={progress.status}>
      <div class="step__head">
        {number}
        {status}
      </div>
      <h3 class="step__title">{title}</h3>
      <p class="step__summary">{STEP_DETAILS[step.id].summary[locale]}</p>
      {how && when && (
        <p class="step__via-line">
          {how} · <time dateTime={progress.changedAt!}>{when}</time>
        </p>
      )}
      <EvidenceList step={step} evidence={progress.evidence} />
      <div class="step__actions">
        <GoToStep step={step} open={onOpen} primary />
        <button type="button" class="mark-done" onClick={() => onSetStatus('done')} aria-label={t('markDoneLabel', { title })}>
          {t('markDone')}
        </button>
        <button type="button" class="skip" onClick={() => onSetStatus('skipped')} aria-label={t('skipLabel', { title })}>
          {t('skip')}
        </button>
        {docs}
      </div>
    </li>
  );
}
