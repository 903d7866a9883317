import { parseReportJson, type ParsedReport } from '../../lib/report/json';
import { MAX_REPORT_BYTES } from '../../lib/report/types';

/** What a chosen file yields: a parsed report, a reason it was refused, or a read failure. */
export type ReadResult = ParsedReport | { ok: false; reason: 'unreadable' };

/**
 * Reads a report file the user chose. The size is checked before reading, so a huge file is never
 * loaded into memory; the text then goes through the full validation of parseReportJson.
 */
export async function readReportFile(file: Pick<File, 'size' | 'text'>): Promise<ReadResult> {
  if (file.size > MAX_REPORT_BYTES) return { ok: false, reason: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return parseReportJson(text);
}
