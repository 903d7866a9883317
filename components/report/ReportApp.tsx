import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { Locale } from '../../lib/i18n/locale';
import { buildReport } from '../../lib/report/build';
import { reportFileName, toJson } from '../../lib/report/json';
import { toMarkdown } from '../../lib/report/markdown';
import { reportText } from '../../lib/report/text';
import type { ProgressView } from '../../stores/progress-view';
import { LocaleContext } from '../locale-context';
import { useStoreSlice } from '../use-store';
import { ExportActions } from './ExportActions';
import { ImportedBanner } from './ImportedBanner';
import { StoredProblemNotice } from '../StoredProblemNotice';
import { OpenReport } from './OpenReport';
import { ReportDocument } from './ReportDocument';
import { OrganisationSettings } from '../policy/OrganisationSettings';
import { useImport } from './use-import';
import { VerifyNow } from './VerifyNow';
import { HandOff } from './HandOff';
import { RecordElsewhere } from './RecordElsewhere';
import type { OpenStepResult, VerifyResult } from '../../lib/messaging/protocol';
import type { StepId } from '../../lib/guide/types';

/** What the page needs from its entrypoint; injected so the page holds no browser wiring. */
export interface ReportAppProps {
  /** Read-only progress mirror: the page never writes progress. */
  view: StoreApi<ProgressView>;
  browserLocale: Locale;
  /** Facts about this installation that go into the report. */
  install: { extensionVersion: string; browser: string };
  /** The current time, ISO. */
  now(): string;
  copyText(text: string): Promise<void>;
  /** "Verify now" and opening a step's page for it (live report only). */
  verify(): Promise<VerifyResult>;
  openStep(stepId: StepId): Promise<OpenStepResult>;
  download(fileName: string, text: string, type: string): void;
  /** Records steps of an imported report as done elsewhere (the background writes; see RecordElsewhere). */
  recordElsewhere(stepIds: StepId[], reportGeneratedAt: string): Promise<void>;
}

/**
 * The completion report page (report.html): the user's own report, live as progress changes, with
 * Copy as Markdown and Download JSON; and "Open a report" to read a customer's export read-only.
 */
export function ReportApp({ view, browserLocale, install, now, copyText, download, verify, openStep, recordElsewhere }: ReportAppProps) {
  const hydrated = useStoreSlice(view, (s) => s.hydrated);
  const progress = useStoreSlice(view, (s) => s.progress);
  const problem = useStoreSlice(view, (s) => s.problem);
  const policy = useStoreSlice(view, (s) => s.policy);
  const locale = progress.prefs.locale ?? browserLocale;
  const t = (key: Parameters<typeof reportText>[1], params?: Record<string, string | number>) => reportText(locale, key, params);
  const { imported, error, open, close } = useImport(locale);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const banner = useRef<HTMLDivElement>(null);

  // Rebuilt on every progress change, so the page follows the guide live; `now` is read here so the
  // time shown is the time exported.
  const live = useMemo(
    () => buildReport(progress, { ...install, uiLanguage: locale, generatedAt: now() }),
    // `install` and `now` are fixed for the page's life: only progress and language change the report.
    [progress, locale],
  );
  const shown = imported?.report ?? live;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('title')} — MSI Actions Setup Guide`;
  });

  if (!hydrated) {
    return (
      <main aria-busy="true" class="loading">
        <p>{reportText(browserLocale, 'loading')}</p>
      </main>
    );
  }

  const copy = () =>
    copyText(toMarkdown(shown, locale)).then(
      () => setStatus(t('copied')),
      () => setStatus(t('copyFailed')),
    );
  const save = () => {
    const name = reportFileName(shown);
    download(name, toJson(shown), 'application/json');
    setStatus(t('downloaded', { name }));
  };
  const openFile = async (file: File) => {
    setStatus('');
    if (await open(file)) requestAnimationFrame(() => banner.current?.focus());
  };
  const back = () => {
    close();
    setStatus('');
    requestAnimationFrame(() => heading.current?.focus());
  };

  const exportActions = (
    <>
      <ExportActions onCopy={() => void copy()} onDownload={save} />
      <div role="status" class="message">
        {status}
      </div>
    </>
  );
  const openReport = <OpenReport onFile={(file) => void openFile(file)} error={error} />;

  return (
    <LocaleContext.Provider value={locale}>
      <main lang={locale} data-ready="" data-mode={imported ? 'imported' : 'live'}>
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <p class="intro">{t('intro')}</p>
        {imported && <ImportedBanner focusRef={banner} report={imported.report} onBack={back} />}
        {imported && <RecordElsewhere report={imported.report} record={recordElsewhere} />}
        {!imported && <StoredProblemNotice problem={problem} locale={locale} />}
        {!imported && exportActions}
        {/* Before the long report, so the customer finds it without scrolling. */}
        {!imported && <VerifyNow locale={locale} verify={verify} openStep={openStep} />}
        {!imported && openReport}
        {!imported && <HandOff copyText={copyText} download={download} />}
        {/* The organisation's settings and ignored policy entries are this browser's: not part of an imported report. */}
        {!imported && <OrganisationSettings policy={policy} locale={locale} />}
        <ReportDocument report={shown} source={imported ? 'imported' : 'live'} />
        {/* A support agent reads the customer's report first: the page's own controls come after it. */}
        {imported && exportActions}
        {imported && openReport}
      </main>
    </LocaleContext.Provider>
  );
}
