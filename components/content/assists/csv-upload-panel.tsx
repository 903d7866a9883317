import { fillText } from '../../../lib/i18n/fill';
import { userOnly } from '../../user-only';
import type { CsvCheckOutcome } from '../../../lib/messaging/csv-port-client';
import type { CSV_UPLOAD_TEXT } from './csv-upload-text';

/** What the panel shows: the check running, its outcome, or that it failed. */
export type CsvPanelView = { percent: number } | { outcome: CsvCheckOutcome; all: boolean } | { failed: true };

export interface CsvPanelProps {
  view: CsvPanelView;
  name: string;
  text: (typeof CSV_UPLOAD_TEXT)['en'];
  format(n: number): string;
  onUse(): void;
  onToggle(): void;
  onClose(): void;
}

/** Problems listed before "Show all". */
const FIRST = 3;
/** Most problems "Show all" lists: a page's DOM is no place for the 100 000 of a broken 50 MB file. */
const MAX_LISTED = 1000;

/**
 * The verdict beside the upload. Styles come from the overlay's sheet (callout card, buttons). Not a
 * dialog: it never takes focus, and the guide's callout stays the overlay's one dialog.
 */
export function CsvPanel({ view, name, text, format, onUse, onToggle, onClose }: CsvPanelProps) {
  const outcome = 'outcome' in view ? view.outcome : null;
  const issues = outcome?.report.issues ?? [];
  const all = 'all' in view && view.all;
  const many = issues.length > FIRST;
  const cleaned = outcome?.cleanedCsv != null && issues.length > 0;
  return (
    <section class="callout" aria-label={text.label} data-csv-check="" style="width:420px;overflow:auto">
      <p role="status" class="instruction" style="padding-right:24px" data-csv-verdict="">
        {outcome?.summary ?? ('percent' in view ? fillText(text.checking, { name, percent: view.percent }) : text.failed)}
      </p>
      <div class="actions">
        {cleaned && (
          <button type="button" class="primary" onClick={userOnly(onUse)}>
            {text.use}
          </button>
        )}
        {many && (
          <button type="button" aria-expanded={all} onClick={userOnly(onToggle)}>
            {all ? text.fewer : fillText(text.all, { n: format(issues.length) })}
          </button>
        )}
      </div>
      {issues.length > 0 && (
        <ul class="where" style="margin:8px 0 0;padding-left:24px" data-csv-issues="">
          {issues.slice(0, all ? MAX_LISTED : FIRST).map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
          {all && issues.length > MAX_LISTED && <li>… +{format(issues.length - MAX_LISTED)}</li>}
        </ul>
      )}
      {/* Last in the tab order: the actions come first. */}
      <button type="button" class="icon" style="position:absolute;right:8px;top:8px" aria-label={text.close} onClick={userOnly(onClose)}>
        ×
      </button>
    </section>
  );
}
