import { autoUpdate, computePosition, offset, shift } from '@floating-ui/dom';
import { userOnly } from '../../user-only';
import { render } from 'preact';
import { checkFileInBackground, type CsvCheckRun } from '../../../lib/messaging/csv-port-client';
import { CsvPanel, type CsvPanelView } from './csv-upload-panel';
import { CSV_UPLOAD_TEXT } from './csv-upload-text';
import type { Assist } from './types';

const FOCUSABLE = 'a[href],button:enabled,input:enabled,select:enabled,textarea:enabled';

/**
 * CSV pre-flight on Sales Insight Actions' "Invite Users via CSV" dialog. When a file is chosen in the
 * dialog's input (the registry's `sia.users.csv-file` css way), the file goes to the background over the
 * CSV port (all parsing happens there: nothing of lib/csv ships in the content script) and the verdict
 * shows beside the dialog, before Next. "Use cleaned file" is the only thing that touches the host's input:
 * it puts the cleaned file in and fires `input` and `change` so the host app reads the new file, which
 * this assist then checks again like any chosen file.
 */
export const csvUploadAssist: Assist = (env) => {
  const way = env.data.targets['sia.users.csv-file']?.ways[0];
  if (way?.by !== 'css') return () => undefined;
  const layer = env.overlayRoot.appendChild(document.createElement('div'));
  layer.className = 'layer';
  let input: HTMLInputElement | null = null;
  let run: CsvCheckRun | null = null;
  let unfloat: (() => void) | null = null;
  let view: CsvPanelView | null = null;
  let name = '';

  const close = () => {
    run?.cancel();
    unfloat?.();
    run = unfloat = view = input = null;
    render(null, layer);
  };

  const useCleaned = () => {
    const cleaned = view && 'outcome' in view && view.outcome.cleanedCsv;
    if (!input || !cleaned) return;
    const transfer = new DataTransfer();
    transfer.items.add(new File([cleaned], `${name.replace(/\.[^.]*$/, '')}-cleaned.csv`, { type: 'text/csv' }));
    input.files = transfer.files;
    for (const type of ['input', 'change']) input.dispatchEvent(new Event(type, { bubbles: true }));
    // Those events are untrusted, so onChange ignores them: the swapped file is checked here.
    check(input);
  };

  const draw = (next: CsvPanelView) => {
    view = next;
    const locale = env.locale();
    const toggle = () => view && 'all' in view && draw({ ...view, all: !view.all });
    const format = (n: number) => n.toLocaleString(locale);
    render(<CsvPanel {...{ view, name, format, text: CSV_UPLOAD_TEXT[locale], onUse: useCleaned, onToggle: toggle, onClose: close }} />, layer);
    const panel = layer.firstElementChild as HTMLElement;
    // Below the dialog, not over it: the panel must never hide Next, Cancel or the host's own messages. It
    // scrolls inside the space left below; only when that is tiny does it move up over the dialog's edge.
    const anchor = input?.closest('[role="dialog"]') ?? input?.parentElement;
    if (unfloat || !anchor) return;
    const middleware = [offset(8), shift({ padding: 8 })];
    const place = () =>
      void computePosition(anchor, panel, { strategy: 'fixed', placement: 'bottom-start', middleware }).then(({ x, y }) => {
        const top = Math.min(y, innerHeight - 140);
        Object.assign(panel.style, { left: `${x}px`, top: `${top}px`, maxHeight: `${innerHeight - top - 8}px` });
      });
    unfloat = autoUpdate(anchor, panel, place);
  };

  // A host script can fire `change` at will: only a file the user chose is sent to the worker.
  const onChange = userOnly(({ target }: Event) => check(target));
  /** Checks the file in a chosen registry file input in the worker; anything else is left alone. */
  const check = (target: EventTarget | null) => {
    if (!(target instanceof HTMLInputElement) || target.type !== 'file' || env.page()?.page !== 'sia-user-management') return;
    try {
      if (!target.matches(way.selector)) return;
    } catch {
      // Registry selectors are data; one this browser cannot parse must not break the page.
      return;
    }
    close();
    const file = target.files?.[0];
    if (!file) return;
    input = target;
    name = file.name;
    const current = (run = checkFileInBackground(file, env.locale(), (p) => draw({ percent: Math.floor((p.received * 100) / (p.total || 1)) })));
    current.done.then(
      (outcome) => run === current && outcome && draw({ outcome, all: false }),
      () => run === current && draw({ failed: true }),
    );
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
