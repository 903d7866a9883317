import { useEffect, useRef, useState } from 'preact/hooks';
import { getStep } from '../../../lib/apps';
import { assessmentFileName, assessmentToJson } from '../../../lib/assessment/json';
import type { AssessmentResult } from '../../../lib/assessment/types';
import { stepLabel } from '../../../lib/class-overview/text';
import { formatDuration } from '../../../lib/i18n/duration';
import { assessmentText } from '../../../lib/i18n/assessment-text';
import { downloadText } from '../../download';
import { ResetProgress } from '../../popup/ResetProgress';
import { useText } from '../../use-text';

/** The result of a run: per step done or not (and how), time, hints and off-path clicks; download; next attendee. */
export function AssessmentResultView({ result, onNext }: { result: AssessmentResult; onNext(): void }) {
  const { t, locale } = useText(assessmentText);
  const [said, setSaid] = useState('');
  const title = useRef<HTMLHeadingElement>(null);
  // The result replaces the running view: the focus goes to its heading, once.
  useEffect(() => title.current?.focus(), []);
  const done = result.steps.filter((s) => s.done).length;
  const hints = result.steps.reduce((sum, s) => sum + s.hints, 0);
  const seconds = result.steps.reduce((sum, s) => sum + s.seconds, 0);
  return (
    <section class="assess" aria-labelledby="assess-title" data-assessment="result">
      <h2 id="assess-title" tabIndex={-1} ref={title}>
        {t('assessDoneTitle', { name: result.attendee })}
      </h2>
      <p data-testid="assess-summary">{t('assessSummary', { done, total: result.steps.length, hints, time: formatDuration(locale, seconds) })}</p>
      <table class="assess__table">
        <thead>
          <tr>
            <th scope="col">{t('colStep')}</th>
            <th scope="col">{t('colDone')}</th>
            <th scope="col">{t('colTime')}</th>
            <th scope="col">{t('colHints')}</th>
            <th scope="col">{t('colOffPath')}</th>
          </tr>
        </thead>
        <tbody>
          {result.steps.map((s) => (
            <tr key={s.id} data-step={s.id}>
              <th scope="row">
                {stepLabel(locale, s.id)} · {getStep(s.id).title[locale]}
              </th>
              <td>{s.done ? t(s.via === 'evidence' ? 'doneEvidence' : 'doneHand') : t('notDone')}</td>
              <td>{formatDuration(locale, s.seconds)}</td>
              <td>{s.hints}</td>
              <td>{s.offPath}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="assess__actions">
        <button
          type="button"
          class="primary"
          onClick={() => {
            const name = assessmentFileName(result);
            downloadText(name, assessmentToJson(result), 'application/json');
            setSaid(t('assessDownloaded', { name }));
          }}
        >
          {t('assessDownload')}
        </button>
        <a href="/class.html" target="_blank" rel="noopener">
          {t('classLink')}
        </a>
      </div>
      <p role="status" class="assess__said">
        {said}
      </p>
      <ResetProgress texts={{ button: t('assessNext'), question: t('assessNextQuestion') }} onReset={onNext} />
    </section>
  );
}
