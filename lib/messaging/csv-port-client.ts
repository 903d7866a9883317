import { browser } from 'wxt/browser';
import type { CsvIssue, CsvProblemRow, CsvReport } from '../csv/types';
import type { CsvPanelVerdict } from '../csv/verdict';
import type { Locale } from '../i18n/locale';
import { bytesToBase64 } from './base64';
import { CSV_CHUNK_BYTES, CSV_CHUNK_WINDOW, CSV_PORT_NAME, type CsvClientMessage, type CsvServerMessage } from './csv-port-types';

/** Where a running check is: bytes handed to the background so far, then the check itself. */
export interface CsvCheckProgress {
  phase: 'reading' | 'checking';
  received: number;
  total: number;
}

/** A finished check, reassembled from the port's messages. */
export interface CsvCheckOutcome {
  report: CsvReport;
  cleanedCsv: string | null;
  /** The rows with issues and their values as read: the user's own data, for showing and fixing them. */
  problemRows: CsvProblemRow[];
  /** The one-line verdict, in the check's language. */
  summary: string;
}

/** The in-page verdict of a check (see lib/csv/verdict.ts), with its cleaned file. */
export interface CsvVerdictOutcome {
  verdict: CsvPanelVerdict;
  cleanedCsv: string | null;
}

/** A check in flight. `done` resolves null when cancelled and rejects when the background fails or goes away. */
export interface CsvCheckRun<T = CsvCheckOutcome> {
  done: Promise<T | null>;
  cancel(): void;
}

/** The client end of the port (a fake in unit tests). */
export interface CsvClientPort {
  postMessage(message: CsvClientMessage): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: CsvServerMessage) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

const connectToBackground = (): CsvClientPort => browser.runtime.connect({ name: CSV_PORT_NAME });

/**
 * Checks a file in the background (see ./csv-port-types.ts for the flow). Zod-free and parser-free: this
 * runs in the content script, which only reads slices of the file and encodes them. At most
 * {@link CSV_CHUNK_WINDOW} chunks are unacknowledged, so neither side queues the whole file.
 */
export function checkFileInBackground(
  file: File,
  locale: Locale,
  onProgress: (progress: CsvCheckProgress) => void,
  connect: () => CsvClientPort = connectToBackground,
): CsvCheckRun {
  return runCheck<CsvCheckOutcome>(file, { type: 'start', name: file.name, size: file.size, locale }, onProgress, connect);
}

/**
 * Checks a file in the background for the in-page verdict: the background also applies the suggestions of
 * the `accept`ed groups and answers with the problems by kind and the cleaned file, not the rows.
 */
export function verdictInBackground(
  file: File,
  locale: Locale,
  accept: readonly string[],
  onProgress: (progress: CsvCheckProgress) => void,
  connect: () => CsvClientPort = connectToBackground,
): CsvCheckRun<CsvVerdictOutcome> {
  return runCheck<CsvVerdictOutcome>(file, { type: 'start', name: file.name, size: file.size, locale, panel: { accept: [...accept] } }, onProgress, connect);
}

function runCheck<T extends CsvCheckOutcome | CsvVerdictOutcome>(
  file: File,
  start: Extract<CsvClientMessage, { type: 'start' }>,
  onProgress: (progress: CsvCheckProgress) => void,
  connect: () => CsvClientPort,
): CsvCheckRun<T> {
  const port = connect();
  const issues: CsvIssue[] = [];
  const pieces: string[] = [];
  const rows: CsvProblemRow[] = [];
  let ended = false;
  let started = false;
  let sent = 0;
  let acked = 0;
  let wake: (() => void) | null = null;
  let settle!: (outcome: T | null) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<T | null>((resolve, reject) => ((settle = resolve), (fail = reject)));

  const end = (then: () => void) => {
    if (ended) return;
    ended = true;
    port.disconnect();
    wake?.();
    then();
  };
  const gone = () => end(() => fail(new Error('closed')));
  // Posting on a port the other side has closed throws; that is the same as hearing about the close.
  const post = (message: CsvClientMessage) => {
    try {
      port.postMessage(message);
    } catch {
      gone();
    }
  };
  const pump = async () => {
    for (let at = 0; at < file.size; at += CSV_CHUNK_BYTES) {
      while (!ended && sent - acked >= CSV_CHUNK_WINDOW) await new Promise<void>((resume) => (wake = resume));
      const bytes = ended ? null : new Uint8Array(await file.slice(at, at + CSV_CHUNK_BYTES).arrayBuffer());
      if (ended || !bytes) return;
      post({ type: 'chunk', data: bytesToBase64(bytes) });
      sent++;
    }
    if (!ended) post({ type: 'finish' });
  };

  port.onMessage.addListener((message) => {
    if (ended) return;
    switch (message.type) {
      case 'progress':
        // The first progress accepts the start; each later one acknowledges a chunk.
        if (started) acked++;
        else pump().catch((e: Error) => end(() => fail(e)));
        started = true;
        wake?.();
        wake = null;
        return onProgress({ phase: 'reading', received: message.received, total: message.total });
      case 'checking':
        return onProgress({ phase: 'checking', received: file.size, total: file.size });
      case 'issues':
        for (const issue of message.issues) issues.push(issue);
        return;
      case 'cleaned':
        pieces.push(message.text);
        return;
      case 'rows':
        for (const row of message.rows) rows.push(row);
        return;
      case 'result': {
        const { report, cleanedCsv, summary } = message;
        const text = cleanedCsv === null ? null : pieces.join('') + cleanedCsv;
        const problemRows = rows.concat(message.problemRows);
        return end(() => settle({ report: { ...report, issues: issues.concat(report.issues) }, cleanedCsv: text, problemRows, summary } as T));
      }
      case 'verdict': {
        const text = message.cleanedCsv === null ? null : pieces.join('') + message.cleanedCsv;
        return end(() => settle({ verdict: message.verdict, cleanedCsv: text } as T));
      }
      case 'error':
        return end(() => fail(new Error(message.message)));
    }
  });
  port.onDisconnect.addListener(gone);
  post(start);

  return {
    done,
    cancel() {
      if (!ended) post({ type: 'cancel' });
      end(() => settle(null));
    },
  };
}
