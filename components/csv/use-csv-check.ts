import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locale';
import type { CsvCheckOutcome, CsvCheckProgress, CsvCheckRun } from '../../lib/messaging/csv-port-client';

/** Starts a background check of a file (checkFileInBackground; a fake in tests). */
export type StartCheck = (file: File, locale: Locale, onProgress: (progress: CsvCheckProgress) => void) => CsvCheckRun;

/** Where the page's check is. */
export type CheckState =
  | { status: 'idle' }
  | { status: 'running'; file: File; progress: CsvCheckProgress | null }
  /** `accept`: groups whose suggestions to take at once (accepted in the in-page verdict that handed the file over). */
  | { status: 'done'; file: File; outcome: CsvCheckOutcome; accept: readonly string[] }
  | { status: 'cancelled'; file: File }
  | { status: 'failed'; file: File };

/**
 * One check at a time: choosing another file cancels the running check, and so does leaving the page.
 * Progress from a superseded run is ignored, so a late message cannot overwrite the new file's state.
 */
export function useCsvCheck(locale: Locale, startCheck: StartCheck) {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const current = useRef<CsvCheckRun | null>(null);

  useEffect(() => () => current.current?.cancel(), []);

  const start = (file: File, accept: readonly string[] = []) => {
    current.current?.cancel();
    setState({ status: 'running', file, progress: null });
    const run = startCheck(file, locale, (progress) => {
      if (current.current === run) setState({ status: 'running', file, progress });
    });
    current.current = run;
    run.done.then(
      (outcome) => {
        if (current.current !== run) return;
        current.current = null;
        setState(outcome ? { status: 'done', file, outcome, accept } : { status: 'cancelled', file });
      },
      () => {
        if (current.current !== run) return;
        current.current = null;
        setState({ status: 'failed', file });
      },
    );
  };

  const cancel = () => {
    const run = current.current;
    if (!run) return;
    current.current = null;
    run.cancel();
    setState((s) => (s.status === 'running' ? { status: 'cancelled', file: s.file } : s));
  };

  return { state, start, cancel };
}
