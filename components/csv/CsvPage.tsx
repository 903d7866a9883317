import { useEffect, useMemo } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { csvText, type CsvTextKey } from '../../lib/i18n/csv-text';
import type { Locale } from '../../lib/i18n/locale';
import type { ProgressView } from '../../stores/progress-view';
import { LocaleContext } from '../locale-context';
import { useStoreSlice } from '../use-store';
import { CheckProgress } from './CheckProgress';
import { FileDrop } from './FileDrop';
import { ReportView } from './ReportView';
import { useCsvCheck, type CheckState, type StartCheck } from './use-csv-check';
import type { HandedFile } from '../../lib/messaging/csv-port-client';

export interface CsvPageProps {
  /** Read-only progress mirror: only the language preference is used here. */
  view: StoreApi<ProgressView>;
  browserLocale: Locale;
  startCheck: StartCheck;
  /** The file the in-page verdict handed over ("Fix the rest on the CSV page"), when the page was opened for it. */
  handed?: Promise<HandedFile | null>;
}

type Text = (key: CsvTextKey, params?: Record<string, string | number>) => string;

/** What the status region says: short, and only on changes worth announcing (not every percent). */
function statusText(state: CheckState, t: Text): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'running':
      return t('checking', { name: state.file.name });
    case 'cancelled':
      return t('cancelled', { name: state.file.name });
    case 'failed':
      return '';
    case 'done':
      return state.outcome.summary;
  }
}

/** "Check a CSV" (csv.html): choose or drop a file, watch the check, read the report, download the outputs. */
export function CsvPage({ view, browserLocale, startCheck, handed }: CsvPageProps) {
  const hydrated = useStoreSlice(view, (s) => s.hydrated);
  const preferred = useStoreSlice(view, (s) => s.progress.prefs.locale);
  const locale = preferred ?? browserLocale;
  const { state, start, cancel } = useCsvCheck(locale, startCheck);
  const format = useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    return (n: number) => numbers.format(n);
  }, [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = csvText(locale, 'title');
  }, [locale]);

  // A handed file is checked as if chosen here, once the language is known.
  useEffect(() => {
    if (hydrated) void handed?.then((h) => h && start(h.file, h.accept));
  }, [hydrated, handed]);

  // The language preference decides the report's language: wait for it rather than check in the wrong one.
  if (!hydrated) return <main aria-busy="true" />;
  const t: Text = (key, params) => csvText(locale, key, params);
  return (
    <LocaleContext.Provider value={locale}>
      <main lang={locale} data-ready="">
        <h1>{t('title')}</h1>
        <p class="intro">{t('intro')}</p>
        <FileDrop onFile={start} />
        {/* Announced always; shown only when nothing else on the page says it (the progress and the report do). */}
        <div role="status" class={state.status === 'running' || state.status === 'done' ? 'status sr-only' : 'status'} data-status={state.status}>
          {statusText(state, t)}
        </div>
        {state.status === 'running' && <CheckProgress name={state.file.name} progress={state.progress} onCancel={cancel} />}
        {state.status === 'failed' && (
          <p role="alert" class="failure">
            {t('failed', { name: state.file.name })}
          </p>
        )}
        {state.status === 'done' && <ReportView outcome={state.outcome} accept={state.accept} format={format} />}
      </main>
    </LocaleContext.Provider>
  );
}
