import type { CsvCheck } from '../../lib/csv';
import { CSV_CHUNK_BYTES } from '../../lib/messaging/csv-port-types';
import { bytesToBase64 } from '../../lib/messaging/base64';

/**
 * "Fix the rest on the CSV page": the file of the in-page verdict, handed from the upload dialog's frame to
 * csv.html through the background (a content script cannot open our page with a file). One file at a time,
 * taken once, and dropped after {@link HANDOFF_TTL_MS} if csv.html never takes it: up to 50 MB should not
 * stay in the worker's memory.
 */

/** How long a handed file waits for csv.html (which opens at once: it takes it within a second). */
export const HANDOFF_TTL_MS = 60_000;

export interface HandedFile {
  name: string;
  chunks: Uint8Array[];
  /** The groups whose suggestions were accepted in the verdict: csv.html applies them too. */
  accept: string[];
}

/** The one file waiting for csv.html. */
export interface HandoffSlot {
  put(file: HandedFile): void;
  take(): HandedFile | null;
}

export function createHandoffSlot(ttlMs = HANDOFF_TTL_MS): HandoffSlot {
  let held: HandedFile | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drop = () => {
    clearTimeout(timer);
    held = null;
  };
  return {
    put(file) {
      drop();
      held = file;
      timer = setTimeout(drop, ttlMs);
    },
    take() {
      const file = held;
      drop();
      return file;
    },
  };
}

/** Collects the bytes of a file to hand over, in the shape of a check so the port's flow stays one. */
export function keepBytes(): CsvCheck & { chunks: Uint8Array[] } {
  const chunks: Uint8Array[] = [];
  return {
    chunks,
    push: (bytes) => void chunks.push(bytes),
    finish: () => {
      throw new Error('A handed file is not checked here.');
    },
    cancel: () => void chunks.splice(0),
  };
}

/** The file's bytes as the port's base64 pieces, each at most a chunk. */
export function* handedPieces(chunks: readonly Uint8Array[]): Generator<string> {
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += CSV_CHUNK_BYTES) yield bytesToBase64(chunk.subarray(at, at + CSV_CHUNK_BYTES));
  }
}
