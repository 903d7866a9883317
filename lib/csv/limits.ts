/**
 * Size limits. Marketo's own list imports cap files at 10 MB, so that is what we check without comment; up to
 * 50 MB we still check (an admin may want to find the problems before splitting the file) but warn; above that
 * we refuse before reading, because the whole file is held in memory a few times over.
 * MB here means MiB (1 048 576 bytes), the unit operating systems show for file sizes.
 */

/** Files up to this many bytes are checked without a size warning. */
export const MAX_FULL_BYTES = 10 * 1024 * 1024;

/** Files above this many bytes are refused before any byte is read. */
export const MAX_BYTES = 50 * 1024 * 1024;

/**
 * What to do with a file of this size, before reading it.
 * - `full`: check it.
 * - `warn`: check it, with a `file-too-large` warning.
 * - `refuse`: do not read it; the check reports a fatal `file-too-large` error.
 */
export type SizeVerdict = 'full' | 'warn' | 'refuse';

/** Classifies a file size in bytes. Invalid sizes (negative, NaN) are refused. */
export function precheckSize(bytes: number): SizeVerdict {
  if (!Number.isFinite(bytes) || bytes < 0 || bytes > MAX_BYTES) return 'refuse';
  return bytes > MAX_FULL_BYTES ? 'warn' : 'full';
}
