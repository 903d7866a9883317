import { fillText } from '../../../lib/i18n/fill';
import { userOnly } from '../../user-only';
import type { CsvGroupView } from '../../../lib/csv/verdict';
import type { CsvVerdictOutcome } from '../../../lib/messaging/csv-port-client';
import type { CsvUploadTexts } from './csv-upload-text';

/** A verdict on screen, and what the panel is doing with it. */
export interface CsvVerdictView {
  outcome: CsvVerdictOutcome;
  /** Percent of the re-check that applies an accepted suggestion, while it runs. */
  busy: number | null;
  /** What the last action did ("Suggestion applied to 2 rows."), announced. */
  note: string | null;
  /** The name of the cleaned file this panel put into the dialog, when the verdict is about that file. */
  placed: string | null;
  /** Whether "Use cleaned file" is offered: the cleaned file differs from the one in the dialog. */
  canUse: boolean;
}

/** What the panel shows: the check running, its verdict, or that it failed. */
export type CsvPanelView = { percent: number } | CsvVerdictView | { failed: true };

export interface CsvPanelProps {
  view: CsvPanelView;
  name: string;
  text: CsvUploadTexts;
  format(n: number): string;
  onUse(): void;
  onApply(group: string): void;
  onFixRest(): void;
  onClose(): void;
}

function Group({ group, busy, text, format, onApply }: { group: CsvGroupView; busy: boolean } & Pick<CsvPanelProps, 'text' | 'format' | 'onApply'>) {
  const s = group.suggestion;
  const label = s && fillText(s.rows === 1 ? text.ui.applyOne : text.ui.apply, { change: text.change[s.reason], n: format(s.rows) });
  return (
    <li data-csv-group={group.group} data-settled={String(group.settled)}>
      {group.title} <span class="csv-status">({group.status})</span>
      {s && (
        <>
          <span class="csv-example">{fillText(text.ui.example, s.example)}</span>
          <button type="button" data-csv-apply="" aria-disabled={busy} onClick={userOnly(() => onApply(group.group))}>
            {label}
          </button>
        </>
      )}
    </li>
  );
}

/**
 * The verdict beside the upload: the one-line summary, the problems of the whole file, the actions, then the
 * problems by kind (what is left, with each group's suggestion to accept, then what the check repaired on
 * its own). Styles come from the overlay's sheet. Not a dialog: it never takes focus, and the guide's callout
 * stays the overlay's one dialog.
 */
export function CsvPanel({ view, name, text, format, onUse, onApply, onFixRest, onClose }: CsvPanelProps) {
  const ui = text.ui;
  const shown = 'outcome' in view ? view : null;
  const verdict = shown?.outcome.verdict;
  const line = verdict?.summary ?? ('percent' in view ? fillText(ui.checking, { name, percent: view.percent }) : ui.failed);
  const repaired = verdict?.groups.filter((g) => g.safe) ?? [];
  const toFix = verdict?.groups.filter((g) => !g.safe) ?? [];
  // While a suggestion is applied the controls stay (the focus stays where it was) but do nothing.
  const busy = shown?.busy != null;
  return (
    <section class="callout" aria-label={ui.label} data-csv-check="" aria-busy={busy} style="width:420px;overflow:auto">
      {shown?.placed && (
        <p class="verified" style="margin-right:24px" data-csv-placed="">
          {fillText(ui.placed, { name: shown.placed })}
        </p>
      )}
      <p role="status" class="instruction" style="padding-right:24px" data-csv-verdict="">
        {line}
      </p>
      <p role="status" class={busy || shown?.note ? 'waiting' : 'sr-only'} data-csv-note="">
        {busy ? fillText(ui.applying, { percent: shown!.busy! }) : (shown?.note ?? '')}
      </p>
      {verdict && verdict.fileIssues.length > 0 && (
        <ul class="where" style="margin:0 0 8px;padding-left:24px" data-csv-issues="">
          {verdict.fileIssues.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
      {shown && (
        <div class="actions">
          {shown.canUse && (
            <button type="button" class="primary" data-csv-use="" aria-disabled={busy} onClick={userOnly(onUse)}>
              {ui.use}
            </button>
          )}
          {toFix.some((g) => !g.settled) && (
            <button type="button" data-csv-fix-rest="" aria-describedby="csv-fix-rest-hint" onClick={userOnly(onFixRest)}>
              {ui.fixRest}
            </button>
          )}
        </div>
      )}
      {toFix.some((g) => !g.settled) && (
        <p id="csv-fix-rest-hint" class="csv-hint">
          {ui.fixRestHint}
        </p>
      )}
      {toFix.length > 0 && (
        <>
          <h3 class="csv-head">{ui.toFix}</h3>
          {toFix.some((g) => g.suggestion) && <p class="csv-hint">{ui.suggestHint}</p>}
          <ul class="csv-groups" data-csv-to-fix="">
            {toFix.map((g) => (
              <Group key={g.group} group={g} busy={busy} text={text} format={format} onApply={onApply} />
            ))}
          </ul>
        </>
      )}
      {repaired.length > 0 && (
        <>
          <h3 class="csv-head">{ui.repaired}</h3>
          <ul class="csv-groups" data-csv-repaired="">
            {repaired.map((g) => (
              <li key={g.group} data-csv-group={g.group}>
                {g.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {/* Last in the tab order: the actions come first. */}
      <button type="button" class="icon" style="position:absolute;right:8px;top:8px" aria-label={ui.close} onClick={userOnly(onClose)}>
        ×
      </button>
    </section>
  );
}
