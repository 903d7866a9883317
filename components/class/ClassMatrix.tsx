import { plural } from '../../lib/i18n/define-text';
import { getStep } from '../../lib/apps';
import { describeCell } from '../../lib/class-overview/export';
import { classText, stepLabel } from '../../lib/class-overview/text';
import { formatDuration } from '../../lib/i18n/duration';
import type { ClassOverview } from '../../lib/class-overview/types';
import { useText } from '../use-text';

/** The matrix: attendees × steps (status, time, hints), with the per-step done count and medians below. */
export function ClassMatrix({ overview }: { overview: ClassOverview }) {
  const { t, locale } = useText(classText);
  return (
    <section>
      <h2 id="matrix-title">{t('matrixTitle')}</h2>
      <div class="scroll" tabIndex={0} role="region" aria-labelledby="matrix-title">
        <table class="matrix" data-testid="matrix">
          <caption>{t('matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colAttendee')}</th>
              {overview.steps.map((id) => (
                <th scope="col" key={id} data-step={id} title={getStep(id).title[locale]}>
                  {stepLabel(locale, id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row, i) => (
              <tr key={`${row.file}|${i}`} data-attendee={row.attendee}>
                <th scope="row">
                  {row.attendee}
                  <span class="file">{row.file}</span>
                </th>
                {overview.steps.map((id) => (
                  <td key={id} data-step={id} data-status={row.cells[id]?.status ?? 'none'}>
                    {describeCell(locale, row.cells[id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="medians">
              <th scope="row">{t('medianRow')}</th>
              {overview.summaries.map((s) => (
                <td key={s.id} data-step={s.id}>
                  {`${t('doneRow')} ${s.done}/${s.attendees}, ${formatDuration(locale, s.medianSeconds)}`}
                  {s.medianHints !== null && `, ${plural(classText, locale, 'hints', s.medianHints)}`}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
