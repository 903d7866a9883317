import { useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locale';
import { reportErrorText } from '../../lib/report/errors';
import { reportText } from '../../lib/report/text';
import type { CompletionReport } from '../../lib/report/types';
import { readReportFile } from './read-report-file';

/** An imported report and the name of the file it came from. */
export interface Imported {
  report: CompletionReport;
  name: string;
}

/**
 * Holds an imported report in memory only: nothing here can write progress, so opening a customer's
 * file never touches the user's own. A refused file leaves whatever was shown before in place.
 */
export function useImport(locale: Locale) {
  const [imported, setImported] = useState<Imported | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = async (file: File): Promise<boolean> => {
    const result = await readReportFile(file);
    if (result.ok) {
      setImported({ report: result.report, name: file.name });
      setError(null);
      return true;
    }
    const reason =
      result.reason === 'unreadable'
        ? reportText(locale, 'errRead', { name: file.name })
        : reportErrorText(locale, result, file.name);
    setError(`${reason} ${reportText(locale, 'nothingChanged')}`);
    return false;
  };

  const close = () => {
    setImported(null);
    setError(null);
  };

  return { imported, error, open, close };
}
