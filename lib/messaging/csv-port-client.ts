import { browser } from 'wxt/browser';
import type { CsvIssue, CsvProblemRow, CsvReport } from '../csv/types';
import type { CsvPanelVerdict } from '../csv/verdict';
import type { Locale } from '../i18n/locale';
import { base64ToBytes, bytesToBase64 } from './base64';
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

/**
 * "Fix the rest on the CSV page": sends the file to the background, which keeps it for csv.html and opens
 * that page. `done` resolves true once handed over.
 */
export function handOffToCsvPage(file: File, accept: readonly string[], connect: () => CsvClientPort = connectToBackground): CsvCheckRun<true> {
  // The locale is the check's; nothing is checked here, csv.html checks the file in its own language.
  const start: Extract<CsvClientMessage, { type: 'start' }> = { type: 'start', name: file.name, size: file.size, locale: 'en', handoff: { accept: [...accept] } };
  return runCheck<true>(file, start, () => undefined, connect);
}

/** A file handed to csv.html by the in-page verdict, with the groups whose suggestions were accepted there. */
export interface HandedFile {
  file: File;
  accept: string[];
}

/** csv.html takes the file the in-page verdict handed to it; null when there is none (any more). */
export function takeHandedFile(connect: () => CsvClientPort = connectToBackground): Promise<HandedFile | null> {
  const port = connect();
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  return new Promise<HandedFile | null>((resolve) => {
    port.onMessage.addListener((message) => {
      if (message.type === 'bytes') return void pieces.push(base64ToBytes(message.data) as Uint8Array<ArrayBuffer>);
      port.disconnect();
      resolve(message.type === 'file' && message.file ? { file: new File(pieces, message.file.name), accept: message.file.accept } : null);
    });
    port.onDisconnect.addListener(() => resolve(null));
    port.postMessage({ type: 'take' });
  });
}

function runCheck<T extends CsvCheckOutcome | CsvVerdictOutcome | true>(
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
      case 'handed':
        return end(() => settle(true as T));
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
