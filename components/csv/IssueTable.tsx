import { useState } from 'preact/hooks';
import type { CsvIssue } from '../../lib/csv/types';
import { csvText } from '../../lib/i18n/csv-text';
import { useText } from '../use-text';

/** Rows rendered per page: a 50 MB file can carry hundreds of thousands of issues. */
const PAGE = 500;

/** Every issue by row: row, column, severity, code and the message, in report order, a page at a time. */
export function IssueTable({ issues, format }: { issues: readonly CsvIssue[]; format(n: number): string }) {
  const { t } = useText(csvText);
  const [shown, setShown] = useState(PAGE);
  if (issues.length === 0) return <p>{t('noIssues')}</p>;
  const visible = issues.slice(0, shown);
  const rest = issues.length - visible.length;
  return (
    <>
      <table class="issues" data-issues="">
        <caption class="sr-only">{t('issuesTitle', { n: format(issues.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('issueRow')}</th>
            <th scope="col">{t('issueColumn')}</th>
            <th scope="col">{t('issueSeverity')}</th>
            <th scope="col">{t('issueCode')}</th>
            <th scope="col">{t('issueMessage')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((issue, i) => (
            <tr key={i} data-code={issue.code} data-severity={issue.severity}>
              <td>{issue.row === null ? t('wholeFile') : format(issue.row)}</td>
              <td>{issue.column === null ? '' : format(issue.column)}</td>
              <td>
                <span class={`severity severity--${issue.severity}`}>
                  {t(issue.severity === 'error' ? 'severityError' : 'severityWarning')}
                </span>
              </td>
              <td>
                <code>{issue.code}</code>
              </td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && (
        <p class="more">
          {t('shownOf', { shown: format(visible.length), total: format(issues.length) })}{' '}
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            {t('showMore', { n: format(Math.min(rest, PAGE)) })}
          </button>
        </p>
      )}
    </>
  );
}
