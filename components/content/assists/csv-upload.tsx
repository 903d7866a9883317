import { offset, shift } from '@floating-ui/core';
import { autoUpdate } from '@floating-ui/dom';
import { placeFixed } from '../../callout/place-fixed';
import { fillText } from '../../../lib/i18n/fill';
import { userOnly } from '../../user-only';
import { render } from 'preact';
import { handOffToCsvPage, verdictInBackground, type CsvCheckProgress, type CsvCheckRun, type CsvVerdictOutcome } from '../../../lib/messaging/csv-port-client';
import { CsvPanel, type CsvPanelView, type CsvVerdictView } from './csv-upload-panel';
import { CSV_UPLOAD_TEXT } from './csv-upload-text';
import type { Assist } from './types';

const FOCUSABLE = 'a[href],button:enabled,input:enabled,select:enabled,textarea:enabled';

/**
 * CSV pre-flight on Sales Insight Actions' "Invite Users via CSV" dialog. When a file is chosen in the
 * dialog's input (the registry's `sia.users.csv-file` css way), the file goes to the background over the
 * CSV port (all parsing and fixing happens there: nothing of lib/csv's logic ships in this bundle, and the
 * host page holds only the verdict) and the verdict shows beside the dialog, before Next: the problems by
 * kind, what was repaired, and each group's suggestion. Applying one checks the file again in the
 * background with every accepted suggestion (a stateless re-check: the worker may have been stopped
 * meanwhile), which updates the verdict and the cleaned file. "Use cleaned file" is the only thing that
 * touches the host's input: it puts the cleaned file in and fires `input` and `change` so the host app
 * reads the new file, which this assist then checks again like any chosen file and says it placed.
 * "Fix the rest on the CSV page" hands the file and the accepted groups to csv.html (via the background).
 */
export const csvUploadAssist: Assist = (env) => {
  const way = env.data.targets['sia.users.csv-file']?.ways[0];
  if (way?.by !== 'css') return () => undefined;
  const layer = env.overlayRoot.appendChild(document.createElement('div'));
  layer.className = 'layer';
  let input: HTMLInputElement | null = null;
  let run: CsvCheckRun<CsvVerdictOutcome> | null = null;
  let unfloat: (() => void) | null = null;
  let view: CsvPanelView | null = null;
  /** The file in the dialog's input that the verdict is about, and the groups whose suggestions were accepted. */
  let file: File | null = null;
  let accept: string[] = [];
  let placed: string | null = null;
  let name = '';

  const close = () => {
    run?.cancel();
    unfloat?.();
    run = unfloat = view = input = file = placed = null;
    accept = [];
    render(null, layer);
  };

  const useCleaned = () => {
    const cleaned = view && 'outcome' in view && view.busy === null && view.outcome.cleanedCsv;
    if (!input || !cleaned) return;
    const transfer = new DataTransfer();
    const cleanedName = `${name.replace(/\.[^.]*$/, '').replace(/-cleaned$/, '')}-cleaned.csv`;
    transfer.items.add(new File([cleaned], cleanedName, { type: 'text/csv' }));
    input.files = transfer.files;
    for (const type of ['input', 'change']) input.dispatchEvent(new Event(type, { bubbles: true }));
    // Those events are untrusted, so onChange ignores them: the swapped file is checked here.
    const target = input;
    const hadFocus = focusInPanel();
    check(target, cleanedName);
    // The panel is drawn anew for the new file: a keyboard user goes on from the input that now holds it.
    if (hadFocus) target.focus();
  };

  /** Checks `file` again with one more accepted suggestion; the verdict stays on screen meanwhile. */
  const apply = (group: string) => {
    const shown = view && 'outcome' in view ? view : null;
    if (!shown || shown.busy !== null || !file || accept.includes(group)) return;
    accept = [...accept, group];
    start({ ...shown, busy: 0, note: null }, () => {
      accept = accept.filter((g) => g !== group);
      return { ...shown, note: text().ui.applyFailed };
    });
  };

  /** Hands the file and the accepted groups to csv.html, which the background opens in a new tab. */
  const fixRest = () => {
    const handed = file;
    if (!handed) return;
    handOffToCsvPage(handed, accept).done.catch(() => {
      const shown = view && 'outcome' in view && file === handed ? view : null;
      if (shown) draw({ ...shown, note: text().ui.fixRestFailed });
    });
  };

  const focusInPanel = () => env.overlayRoot.activeElement !== null && layer.contains(env.overlayRoot.activeElement);

  const text = () => CSV_UPLOAD_TEXT[env.locale()];

  /**
   * Runs the check of `file` with the accepted suggestions in the background. `from`: the verdict that stays
   * shown while it runs (null: a new file, the progress shows instead); `failed`: what to show if it fails.
   */
  const start = (from: CsvVerdictView | null, failed: () => CsvPanelView) => {
    if (!file) return;
    const progress = ({ received, total }: CsvCheckProgress) => Math.floor((received * 100) / (total || 1));
    const current = (run = verdictInBackground(file, env.locale(), accept, (p) => draw(from ? { ...from, busy: progress(p) } : { percent: progress(p) })));
    current.done.then(
      (outcome) => run === current && outcome && shown(outcome, from),
      () => run === current && draw(failed()),
    );
  };

  /** Shows a finished verdict; after an applied suggestion the focus, if on a control that went, moves to Use cleaned file. */
  const shown = (outcome: CsvVerdictOutcome, from: CsvVerdictView | null) => {
    const ui = text().ui;
    const applied = from ? outcome.verdict.applied.at(-1) : undefined;
    const note = applied ? fillText(applied.rows === 1 ? ui.appliedOne : ui.applied, { n: applied.rows.toLocaleString(env.locale()) }) : null;
    const issues = outcome.verdict.groups.length + outcome.verdict.fileIssues.length;
    // A file this panel just placed is not offered again, unless a suggestion has changed it since.
    const canUse = outcome.cleanedCsv !== null && (placed === null ? issues > 0 : accept.length > 0);
    const focusWasHere = focusInPanel();
    draw({ outcome, busy: null, note, placed, canUse });
    if (focusWasHere && !focusInPanel()) layer.querySelector<HTMLElement>('[data-csv-use], button')?.focus();
  };

  const draw = (next: CsvPanelView) => {
    view = next;
    const locale = env.locale();
    const format = (n: number) => n.toLocaleString(locale);
    render(<CsvPanel {...{ view, name, format, text: text(), onUse: useCleaned, onApply: apply, onFixRest: fixRest, onClose: close }} />, layer);
    const panel = layer.firstElementChild as HTMLElement;
    // Below the dialog, not over it: the panel must never hide Next, Cancel or the host's own messages. It
    // scrolls inside the space left below; only when that is tiny does it move up over the dialog's edge.
    const anchor = input?.closest('[role="dialog"]') ?? input?.parentElement;
    if (unfloat || !anchor) return;
    const middleware = [offset(8), shift({ padding: 8 })];
    const place = () =>
      void placeFixed(anchor, panel, { placement: 'bottom-start', middleware }).then(({ x, y }) => {
        const top = Math.min(y, innerHeight - 140);
        Object.assign(panel.style, { left: `${x}px`, top: `${top}px`, maxHeight: `${innerHeight - top - 8}px` });
      });
    unfloat = autoUpdate(anchor, panel, place);
  };

  // A host script can fire `change` at will: only a file the user chose is sent to the worker.
  const onChange = userOnly(({ target }: Event) => check(target));
  /**
   * Checks the file in a chosen registry file input in the worker; anything else is left alone. `placedName`:
   * the input holds the cleaned file this panel just put in.
   */
  const check = (target: EventTarget | null, placedName: string | null = null) => {
    if (!(target instanceof HTMLInputElement) || target.type !== 'file' || env.page()?.page !== 'sia-user-management') return;
    try {
      if (!target.matches(way.selector)) return;
    } catch {
      // Registry selectors are data; one this browser cannot parse must not break the page.
      return;
    }
    close();
    const chosen = target.files?.[0];
    if (!chosen) return;
    input = target;
    file = chosen;
    name = chosen.name;
    placed = placedName;
    start(null, () => ({ failed: true }));
  };

  /**
   * Host dialogs trap Tab inside themselves, and the panel lives outside them (in the overlay). So it
   * joins the tab order by hand, right after the file input: input → panel buttons → what follows the input.
   */
  const onKey = (event: KeyboardEvent) => {
    const own = [...layer.querySelectorAll('button')];
    const at = env.targetOf(event) as HTMLElement;
    const i = own.indexOf(at as HTMLButtonElement);
    if (event.key !== 'Tab' || !input || (at !== input && i < 0)) return;
    const back = event.shiftKey;
    let next: HTMLElement | null | undefined = at === input ? (back ? null : own[0]) : own[i + (back ? -1 : 1)];
    if (!next && i >= 0) {
      const scope = [...(input.closest('[role="dialog"]') ?? document).querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length);
      next = back ? input : scope[scope.indexOf(input) + 1];
    }
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    next.focus();
  };

  document.addEventListener('change', onChange, true);
  addEventListener('keydown', onKey, true);
  // This assist loads once its page shows (see lib/apps/assist-bundles.ts): a file chosen before it came is checked now.
  for (const chosen of document.querySelectorAll('input[type="file"]')) if ((chosen as HTMLInputElement).files?.length) check(chosen);
  // Next, Cancel or closing the dialog replace the input: the verdict about its file goes with it.
  const unwatch = env.watch.subscribe(() => input && !input.isConnected && close());
  return () => {
    close();
    unwatch();
    document.removeEventListener('change', onChange, true);
    removeEventListener('keydown', onKey, true);
    layer.remove();
  };
};
