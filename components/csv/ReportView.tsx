import { useMemo, useState } from 'preact/hooks';
import { reportWithValues } from '../../lib/csv/fix';
import type { CsvReport, FieldKey } from '../../lib/csv/types';
import { csvText, type CsvTextKey } from '../../lib/i18n/csv-text';
import type { CsvCheckOutcome } from '../../lib/messaging/csv-port-client';
import { useText } from '../use-text';
import { downloadText, outputName } from './download';
import { FixSession } from '../../lib/csv/session';
import { acceptGroups, groupEntries } from '../../lib/csv/groups';
import { IssueTable } from './IssueTable';
import { ProblemGroups } from './ProblemGroups';
import { SummaryBar } from './SummaryBar';

const DELIMITERS: Record<string, CsvTextKey> = { ',': 'delimComma', ';': 'delimSemicolon', '\t': 'delimTab', '|': 'delimPipe' };
const FIELDS: Record<FieldKey, CsvTextKey> = { email: 'fieldEmail', firstName: 'fieldFirstName', lastName: 'fieldLastName', team: 'fieldTeam' };

function FileFacts({ file, format }: { file: CsvReport['file']; format(n: number): string }) {
  const { t } = useText(csvText);
  const unknown = t('unknown');
  const facts: [CsvTextKey, string][] = [
    ['factName', file.name],
    ['factSize', t('bytes', { n: format(file.bytes) })],
    ['factEncoding', file.encoding ?? unknown],
    ['factDelimiter', file.delimiter === null ? unknown : t(DELIMITERS[file.delimiter]!)],
    ['factHeader', file.hasHeader === null ? unknown : t(file.hasHeader ? 'yes' : 'no')],
  ];
  return (
    <dl class="facts" data-facts="">
      {facts.map(([key, value]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Counts({ rows, format }: { rows: CsvReport['rows']; format(n: number): string }) {
  const { t } = useText(csvText);
  const cells: [CsvTextKey, number, string][] = [
    ['countTotal', rows.total, 'total'],
    ['countKept', rows.kept, 'kept'],
    ['countFixed', rows.fixed, 'fixed'],
    ['countRemoved', rows.removed, 'removed'],
  ];
  return (
    <table class="counts" data-counts="">
      <caption>{t('countsTitle')}</caption>
      <tbody>
        {cells.map(([key, n, id]) => (
          <tr key={id} data-count={id}>
            <th scope="row">{t(key)}</th>
            <td>{format(n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Columns({ columns }: { columns: CsvReport['columns'] }) {
  const { t } = useText(csvText);
  if (columns.length === 0) return null;
  return (
    <table class="columns">
      <caption>{t('columnsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colNumber')}</th>
          <th scope="col">{t('colHeader')}</th>
          <th scope="col">{t('colMapsTo')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => (
          <tr key={c.index}>
            <td>{c.index}</td>
            <td>{c.header ?? t('noHeader')}</td>
            <td>{c.mapsTo ? t(FIELDS[c.mapsTo]) : t('notMapped')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ReportViewProps {
  outcome: CsvCheckOutcome;
  /** Groups whose suggestions are taken at once (accepted in the in-page verdict). */
  accept?: readonly string[];
  format(n: number): string;
}

/**
 * The finished check: the summary bar and the problems by kind first (each group opens to its rows, to fix in
 * place), the downloads (the cleaned file with every fix made here), then file facts, row counts, columns and
 * every issue.
 */
export function ReportView({ outcome, accept = [], format }: ReportViewProps) {
  const { t, locale } = useText(csvText);
  const { report, cleanedCsv, problemRows } = outcome;
  const session = useMemo(() => {
    const s = new FixSession(report, cleanedCsv, problemRows, locale);
    acceptGroups(s, groupEntries(s), accept);
    return s;
  }, [outcome]);
  const [, setVersion] = useState(0);
  const changed = () => setVersion(session.version);
  return (
    <section class="report" aria-labelledby="report-title" data-report="">
      <h2 id="report-title">{t('reportTitle', { name: report.file.name })}</h2>
      <p class="verdict">{outcome.summary}</p>
      {cleanedCsv !== null && <SummaryBar counts={session.counts()} format={format} />}
      <div class="actions">
        {cleanedCsv !== null && (
          <button type="button" class="primary" onClick={() => downloadText(outputName(report.file.name, 'cleaned.csv'), session.cleanedFile(cleanedCsv), 'text/csv;charset=utf-8')}>
            {t('downloadCsv')}
          </button>
        )}
        <button
          type="button"
          onClick={() => downloadText(outputName(report.file.name, 'report.json'), `${JSON.stringify(reportWithValues(report, problemRows), null, 2)}\n`, 'application/json')}
        >
          {t('downloadReport')}
        </button>
      </div>
      <ProblemGroups session={session} columns={report.columns} format={format} onChange={changed} />
      <h3>{t('fileFacts')}</h3>
      <FileFacts file={report.file} format={format} />
      <Counts rows={report.rows} format={format} />
      <Columns columns={report.columns} />
      <h3>{t('fullTable')} ({format(report.issues.length)})</h3>
      <IssueTable issues={report.issues} format={format} />
    </section>
  );
}
