import { classText, stallLine, stepLabel } from '../../lib/class-overview/text';
import { formatDuration } from '../../lib/i18n/duration';
import type { ClassOverview } from '../../lib/class-overview/types';
import { useText } from '../use-text';

/** Where attendees stalled: the stall step in words, a bar per step, and the same figures as a table. */
export function StallChart({ overview }: { overview: ClassOverview }) {
  const { t, locale } = useText(classText);
  const most = Math.max(1, ...overview.summaries.map((s) => s.stalled));
  return (
    <section aria-labelledby="stall-title">
      <h2 id="stall-title">{t('stallTitle')}</h2>
      <p class="stall" data-testid="stall-step" data-step={overview.stallStep ?? ''}>
        {stallLine(locale, overview)}
      </p>
      <figure class="chart">
        <figcaption id="chart-caption">{t('stallChart')}</figcaption>
        <ul aria-labelledby="chart-caption">
          {overview.summaries.map((s) => (
            <li key={s.id} data-step={s.id} class={s.id === overview.stallStep ? 'chart__row chart__row--stall' : 'chart__row'}>
              <span class="sr-only">{t('stallBar', { step: stepLabel(locale, s.id), count: s.stalled })}</span>
              <span class="chart__label" aria-hidden="true">
                {stepLabel(locale, s.id)}
              </span>
              <span class="chart__track" aria-hidden="true">
                <span class="chart__bar" style={{ width: `${(s.stalled / most) * 100}%` }} />
              </span>
              <span class="chart__value" aria-hidden="true">
                {s.stalled}
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <table class="summary" data-testid="step-summary">
        <thead>
          <tr>
            <th scope="col">{t('colStep')}</th>
            <th scope="col">{t('colDone')}</th>
            <th scope="col">{t('colMedianTime')}</th>
            <th scope="col">{t('colMedianHints')}</th>
            <th scope="col">{t('colStalled')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.summaries.map((s) => (
            <tr key={s.id} data-step={s.id}>
              <th scope="row">{stepLabel(locale, s.id)}</th>
              <td>{`${s.done}/${s.attendees}`}</td>
              <td>{formatDuration(locale, s.medianSeconds)}</td>
              <td>{s.medianHints ?? '—'}</td>
              <td>{s.stalled}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
