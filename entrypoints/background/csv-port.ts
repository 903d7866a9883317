import { createCsvCheck, precheckSize } from '../../lib/csv';
import type { CsvCheck, CsvPartsResult, CsvStreamOptions } from '../../lib/csv';
import { joinResult } from '../../lib/csv/stream';
import { summarizeResult } from '../../lib/csv/summary';
import { panelVerdict } from '../../lib/csv/verdict';
import type { Locale } from '../../lib/i18n/locale';
import { base64ToBytes } from '../../lib/messaging/base64';
import {
  CSV_CLIENT_MESSAGE,
  CSV_ISSUE_BATCH,
  CSV_ROW_BATCH,
  CSV_PORT_NAME,
  CSV_TEXT_PIECE,
  type CsvPortErrorCode,
  type CsvServerMessage,
} from '../../lib/messaging/csv-port';
import { classifySender, type SenderInfo } from '../../lib/messaging/sender';
import { createHandoffSlot, handedPieces, keepBytes, type HandoffSlot } from './csv-handoff';

/** The parts of `runtime.Port` the handler uses (a fake in unit tests). */
export interface CsvPortLike {
  name: string;
  sender?: SenderInfo;
  postMessage(message: CsvServerMessage): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface CsvPortDeps {
  /** Our extension's id and page origin, as for the message router. */
  self: { id: string; origin: string };
  /** Checks running at once, each holding up to 50 MB: more starts are refused with `busy`. */
  maxActive?: number;
  /** Injected in tests. */
  createCheck?: (options: CsvStreamOptions) => CsvCheck;
  /** Where a file handed to csv.html waits (injected in tests). */
  handoffs?: HandoffSlot;
  /** Opens csv.html to take a handed file. */
  openCsvPage?: () => Promise<void>;
}

/**
 * Cuts the text made of `parts` into pieces of exactly `size` characters while more than `size` remain, and
 * returns the rest. Only one piece at a time is ever joined: the whole cleaned file never exists as one string.
 */
function cutText(parts: readonly string[], size: number, piece: (text: string) => void): string {
  let left = parts.reduce((n, p) => n + p.length, 0);
  let index = 0;
  let offset = 0;
  const take = (n: number): string => {
    const out: string[] = [];
    while (n > 0) {
      const part = parts[index]!;
      const end = Math.min(part.length, offset + n);
      out.push(offset === 0 && end === part.length ? part : part.slice(offset, end));
      n -= end - offset;
      offset = end;
      if (offset === part.length) {
        index++;
        offset = 0;
      }
    }
    return out.length === 1 ? out[0]! : out.join('');
  };
  for (; left > size; left -= size) piece(take(size));
  return take(left);
}

/** Sends a result, splitting a large one so no single message gets near Chrome's message size limit. */
function sendResult(port: CsvPortLike, result: CsvPartsResult, locale: Locale): void {
  const { report, cleanedParts } = result;
  const all = report.issues;
  let from = 0;
  for (; all.length - from > CSV_ISSUE_BATCH; from += CSV_ISSUE_BATCH) {
    port.postMessage({ type: 'issues', issues: all.slice(from, from + CSV_ISSUE_BATCH) });
  }
  const rest = cleanedParts === null ? null : cutText(cleanedParts, CSV_TEXT_PIECE, (text) => port.postMessage({ type: 'cleaned', text }));
  const rows = result.problemRows;
  let at = 0;
  for (; rows.length - at > CSV_ROW_BATCH; at += CSV_ROW_BATCH) port.postMessage({ type: 'rows', rows: rows.slice(at, at + CSV_ROW_BATCH) });
  const issues = from === 0 ? all : all.slice(from);
  const problemRows = at === 0 ? rows : rows.slice(at);
  port.postMessage({ type: 'result', report: { ...report, issues }, cleanedCsv: rest, problemRows, summary: summarizeResult(result, locale) });
}

/**
 * Sends the in-page verdict: the fix session runs here, over the whole file, so the host page gets the
 * groups and the cleaned file with the accepted suggestions, never the rows behind them.
 */
function sendVerdict(port: CsvPortLike, result: CsvPartsResult, accept: readonly string[], locale: Locale): void {
  const { verdict, cleanedCsv } = panelVerdict(joinResult(result), accept, locale);
  const rest = cleanedCsv === null ? null : cutText([cleanedCsv], CSV_TEXT_PIECE, (text) => port.postMessage({ type: 'cleaned', text }));
  port.postMessage({ type: 'verdict', verdict, cleanedCsv: rest });
}

/**
 * Returns the `runtime.onConnect` listener of the CSV check. Each port carries one check: the sender is
 * checked like a message's (our pages, our content scripts on matched hosts), every message is validated,
 * and anything unexpected ends the check with an `error` and a disconnect. The buffer is dropped as soon as
 * the check ends, however it ends (result, cancel, error, the client going away).
 */
export function createCsvPortListener(deps: CsvPortDeps): (port: CsvPortLike) => void {
  const maxActive = deps.maxActive ?? 2;
  const createCheck = deps.createCheck ?? createCsvCheck;
  const handoffs = deps.handoffs ?? createHandoffSlot();
  let active = 0;

  return (port) => {
    if (port.name !== CSV_PORT_NAME) return;
    let state: 'idle' | 'receiving' | 'done' = 'idle';
    let check: CsvCheck | null = null;
    let received = 0;
    let total = 0;
    let locale: Locale = 'en';
    /** The accepted groups of an in-page verdict; null for a full result (csv.html). */
    let accept: readonly string[] | null = null;
    const send = (result: CsvPartsResult) => (accept === null ? sendResult(port, result, locale) : sendVerdict(port, result, accept, locale));
    /** The bytes of a file being handed to csv.html, with its accepted groups. */
    let handing: { name: string; keeper: ReturnType<typeof keepBytes>; accept: string[] } | null = null;

    const release = () => {
      if (check) {
        check.cancel();
        check = null;
        active--;
      }
      state = 'done';
    };
    const fail = (code: CsvPortErrorCode, message: string) => {
      release();
      port.postMessage({ type: 'error', code, message });
      port.disconnect();
    };

    const sender = classifySender(port.sender ?? {}, deps.self);
    if (!sender) {
      fail('forbidden-sender', 'The CSV check accepts only this extension’s pages and content scripts.');
      return;
    }
    port.onDisconnect.addListener(release);
    port.onMessage.addListener((raw) => {
      if (state === 'done') return;
      const parsed = CSV_CLIENT_MESSAGE.safeParse(raw);
      if (!parsed.success) return fail('malformed', `Invalid CSV port message: ${parsed.error.issues.map((i) => i.path.join('.') || '(message)').join(', ')}`);
      const message = parsed.data;
      try {
        switch (message.type) {
          case 'start': {
            if (state !== 'idle') return fail('protocol', 'The check has already started.');
            const options = { name: message.name, size: message.size, locale: message.locale };
            locale = message.locale;
            accept = message.panel?.accept ?? null;
            if (message.handoff) {
              // Only the upload dialog's verdict hands a file over, and only a file it could check.
              if (sender.kind !== 'content') return fail('forbidden-sender', 'Only the in-page verdict hands a file to the CSV page.');
              if (precheckSize(message.size) === 'refuse') return fail('protocol', 'The file is too large to hand over.');
              if (active >= maxActive) return fail('busy', 'Other CSV checks are running; try again when they are done.');
              active++;
              handing = { name: message.name, keeper: keepBytes(), accept: message.handoff.accept };
              check = handing.keeper;
              state = 'receiving';
              total = message.size;
              return port.postMessage({ type: 'progress', received, total });
            }
            // Refused before any byte is read: the check reports file-too-large without buffering anything.
            if (precheckSize(message.size) === 'refuse') {
              state = 'done';
              return send(createCheck(options).finish());
            }
            if (active >= maxActive) return fail('busy', 'Other CSV checks are running; try again when they are done.');
            active++;
            check = createCheck(options);
            state = 'receiving';
            total = message.size;
            return port.postMessage({ type: 'progress', received, total });
          }
          case 'chunk': {
            if (state !== 'receiving' || !check) return fail('protocol', 'Start the check before sending chunks.');
            let bytes: Uint8Array;
            try {
              bytes = base64ToBytes(message.data);
            } catch {
              return fail('malformed', 'A chunk is not valid base64.');
            }
            if (handing && received + bytes.length > total) return fail('protocol', 'More bytes than the file has.');
            check.push(bytes);
            received += bytes.length;
            return port.postMessage({ type: 'progress', received, total });
          }
          case 'finish': {
            if (state !== 'receiving' || !check) return fail('protocol', 'Start the check before finishing it.');
            if (handing) {
              handoffs.put({ name: handing.name, chunks: handing.keeper.chunks, accept: handing.accept });
              check = null;
              active--;
              state = 'done';
              // The page not opening is the user's to see (no new tab); the file is dropped in a minute.
              deps.openCsvPage?.().catch(() => undefined);
              return port.postMessage({ type: 'handed' });
            }
            port.postMessage({ type: 'checking' });
            const result = check.finish();
            check = null;
            active--;
            state = 'done';
            return send(result);
          }
          case 'take': {
            if (state !== 'idle') return fail('protocol', 'The check has already started.');
            if (sender.kind !== 'page') return fail('forbidden-sender', 'Only the CSV page takes a handed file.');
            state = 'done';
            const file = handoffs.take();
            for (const data of handedPieces(file?.chunks ?? [])) port.postMessage({ type: 'bytes', data });
            return port.postMessage({ type: 'file', file: file && { name: file.name, accept: file.accept } });
          }
          case 'cancel':
            release();
            return port.disconnect();
        }
      } catch {
        // No details: an exception message could quote file content.
        fail('internal', 'The file could not be checked.');
      }
    });
  };
}
