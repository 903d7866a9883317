import { describeCount } from '../../lib/i18n/count-text';
import { useText } from '../use-text';
import { reportText } from '../../lib/report/text';
import { useMemo } from 'preact/hooks';
import { describeMeta, describeStep, reportSummary } from '../../lib/report/describe';
import type { CompletionReport } from '../../lib/report/types';
import { StepReport } from './StepReport';
import { Time } from './Time';

/** The body of a report, own or imported: installation facts, an overview, then every step in detail. */
export function ReportDocument({ report, source }: { report: CompletionReport; source: 'live' | 'imported' }) {
  const { locale, t } = useText(reportText);
  const meta = useMemo(() => describeMeta(report, locale), [report, locale]);
  const steps = useMemo(() => report.steps.map((s) => describeStep(s, locale)), [report, locale]);
  return (
    <article class="report" data-testid="report-body" data-source={source} aria-labelledby="report-meta">
      <h2 id="report-meta">{t('metaTitle')}</h2>
      <dl class="facts meta">
        <div>
          <dt>{t('generatedAt')}</dt>
          <dd>
            <Time iso={meta.generatedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('extensionVersion')}</dt>
          <dd data-testid="extension-version">{meta.extensionVersion}</dd>
        </div>
        <div>
          <dt>{t('browser')}</dt>
          <dd>{meta.browser}</dd>
        </div>
        <div>
          <dt>{t('uiLanguage')}</dt>
          <dd>{meta.uiLanguage}</dd>
        </div>
        <div>
          <dt>{t('hostsSeen')}</dt>
          <dd>
            {meta.hosts.length === 0 ? (
              t('noHosts')
            ) : (
              <ul class="hosts">
                {meta.hosts.map((h) => (
                  <li key={`${h.app}@${h.host}`}>
                    {h.host} ({h.app}, {t('lastSeen')} <Time iso={h.lastSeen} />)
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <h2>{t('stepsTitle')}</h2>
      <p data-testid="report-summary">{describeCount(locale, reportSummary(report))}</p>
      <table class="overview">
        <thead>
          <tr>
            {(['colStep', 'colTitle', 'colStatus', 'colWhen', 'colHow', 'colTimeTaken', 'colNotFound'] as const).map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.id} data-step={s.id} data-via={s.via ?? undefined}>
              <th scope="row">{s.label}</th>
              <td>
                <a href={`#step-${s.id}`}>{s.title}</a>
              </td>
              <td class={`status status--${s.status}`}>{s.statusText}</td>
              <td>
                <Time iso={s.changedAt} />
              </td>
              <td>{s.how ?? t('never')}</td>
              <td data-col="time-taken">{s.timeTaken}</td>
              <td data-col="not-found">{s.notFound}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {steps.map((s) => (
        <StepReport key={s.id} step={s} />
      ))}
    </article>
  );
}
