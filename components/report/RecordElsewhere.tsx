import { useState } from 'preact/hooks';
import { doneInReport } from '../../lib/handoff/steps';
import { stepsPhrase } from '../../lib/handoff/message';
import { handoffText } from '../../lib/handoff/text';
import { getStep } from '../../lib/apps';
import type { StepId } from '../../lib/guide/types';
import type { CompletionReport } from '../../lib/report/types';
import { useText } from '../use-text';

export interface RecordElsewhereProps {
  /** The imported report (already through the strict reader). */
  report: CompletionReport;
  /** Asks the background to record these steps as done elsewhere; rejects with a readable message. */
  record(stepIds: StepId[], reportGeneratedAt: string): Promise<void>;
}

/**
 * Beside an imported report that shows handed-off steps as done (the Salesforce Admin's): records them
 * in the user's own progress as "done elsewhere", on the user's say-so only. Only step ids and the
 * report's time are sent; nothing else of the file.
 */
export function RecordElsewhere({ report, record }: RecordElsewhereProps) {
  const { locale, t } = useText(handoffText);
  const [status, setStatus] = useState('');
  const stepIds = doneInReport(report);
  if (stepIds.length === 0) return null;
  const steps = stepsPhrase(locale, stepIds.map(getStep));
  const onRecord = () =>
    void record(stepIds, report.generatedAt).then(
      () => setStatus(t('recorded', { steps })),
      (e: unknown) => setStatus(t('recordFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  return (
    <section class="record-elsewhere" aria-labelledby="record-title">
      <h2 id="record-title">{t('recordTitle')}</h2>
      <p class="hint">{t('recordHint', { steps })}</p>
      <button type="button" class="primary" onClick={onRecord}>
        {t('recordButton', { steps })}
      </button>
      <div role="status" class="message">
        {status}
      </div>
    </section>
  );
}
