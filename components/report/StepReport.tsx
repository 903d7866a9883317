import { useText } from '../use-text';
import { reportText } from '../../lib/report/text';
import type { DescribedStep } from '../../lib/report/describe';
import { Time } from './Time';

/** What was seen on which page that proves the step. */
function EvidenceTable({ step }: { step: DescribedStep }) {
  const { t } = useText(reportText);
  if (step.evidence.length === 0) return <p class="none">{t('noEvidence')}</p>;
  return (
    <table class="evidence">
      <thead>
        <tr>
          {(['colRule', 'colProves', 'colHost', 'colPage', 'colTime'] as const).map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {step.evidence.map((e) => (
          <tr key={`${e.rule}@${e.host}`} data-rule={e.rule}>
            <td>
              <code>{e.rule}</code>
            </td>
            <td>{e.proves}</td>
            <td>{e.host}</td>
            <td>{e.page}</td>
            <td>
              <Time iso={e.seenAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Targets of the step the guide could not find, with every way it tried. */
function DiagnosticsTable({ step }: { step: DescribedStep }) {
  const { t } = useText(reportText);
  if (step.diagnostics.length === 0) return <p class="none">{t('noDiagnostics')}</p>;
  return (
    <table class="diagnostics">
      <thead>
        <tr>
          {(['colTarget', 'colWhere', 'colTried', 'colPage', 'colHost', 'colTime'] as const).map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {step.diagnostics.map((d) => (
          <tr key={`${d.target}@${d.host}@${d.page}`} data-target={d.target}>
            <td>
              <code>{d.target}</code>
            </td>
            <td>{d.where}</td>
            <td>
              <ul class="tried">
                {d.tried.map((way) => (
                  <li key={way}>{way}</li>
                ))}
              </ul>
            </td>
            <td>{d.page}</td>
            <td>{d.host}</td>
            <td>
              <Time iso={d.at} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** When the step was started and completed, the time it took and how often its control was not found. */
function TimingFacts({ step }: { step: DescribedStep }) {
  const { t } = useText(reportText);
  const time = (iso: string | null) => (step.timed ? <Time iso={iso} /> : t('notRecorded'));
  return (
    <>
      <div>
        <dt>{t('colStarted')}</dt>
        <dd>{time(step.startedAt)}</dd>
      </div>
      <div>
        <dt>{t('colCompleted')}</dt>
        <dd>{time(step.completedAt)}</dd>
      </div>
      <div>
        <dt>{t('colTimeTaken')}</dt>
        <dd data-testid="time-taken">{step.timeTaken}</dd>
      </div>
      <div>
        <dt>{t('colNotFound')}</dt>
        <dd data-testid="not-found">
          <span data-testid="not-found-count">{step.notFound}</span> — {step.notFoundMeaning}
        </dd>
      </div>
    </>
  );
}

/** One prerequisite or step: status, when and how, its timing, its evidence and its diagnostics. */
export function StepReport({ step }: { step: DescribedStep }) {
  const { t } = useText(reportText);
  const headingId = `step-${step.id}`;
  return (
    <section class={`step step--${step.status}`} aria-labelledby={headingId} data-step={step.id} data-status={step.status} data-via={step.via ?? undefined}>
      <h3 id={headingId} tabIndex={-1}>
        {step.label}: {step.title}
      </h3>
      <dl class="facts">
        <div>
          <dt>{t('colStatus')}</dt>
          <dd class={`status status--${step.status}`}>{step.statusText}</dd>
        </div>
        <div>
          <dt>{t('colWhen')}</dt>
          <dd>
            <Time iso={step.changedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('colHow')}</dt>
          <dd data-testid="how">{step.how ?? t('never')}</dd>
        </div>
        <TimingFacts step={step} />
      </dl>
      <h4>{t('evidenceTitle')}</h4>
      <EvidenceTable step={step} />
      <h4>{t('diagnosticsTitle')}</h4>
      <DiagnosticsTable step={step} />
    </section>
  );
}
