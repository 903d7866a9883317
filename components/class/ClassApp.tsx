import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { aggregate } from '../../lib/class-overview/aggregate';
import { overviewToCsv, overviewToMarkdown } from '../../lib/class-overview/export';
import { readClassFiles } from '../../lib/class-overview/read-file';
import { classText, type ClassTextKey } from '../../lib/class-overview/text';
import type { ClassRow, RejectedFile } from '../../lib/class-overview/types';
import type { Locale } from '../../lib/i18n/locale';
import { uiText } from '../../lib/i18n/ui-text';
import { LocaleContext } from '../locale-context';
import { ClassMatrix } from './ClassMatrix';
import { droppedFiles, readFiles } from './read-files';
import { RejectedFiles } from './RejectedFiles';
import { StallChart } from './StallChart';

export interface ClassAppProps {
  browserLocale: Locale;
  download(fileName: string, text: string, type: string): void;
  /** Today, `YYYY-MM-DD`, for the export names. */
  today(): string;
}

/**
 * The class overview (class.html): many handed-in result files and completion reports, opened with a
 * file picker or dropped (folders too), read and validated here; the matrix, medians and stall step,
 * the files left out and why, and CSV and Markdown exports. Everything from a file is shown as text.
 */
export function ClassApp({ browserLocale, download, today }: ClassAppProps) {
  const [locale, setLocale] = useState<Locale>(browserLocale);
  const [rows, setRows] = useState<ClassRow[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const seen = useRef(new Map<string, string>());
  const t = (key: ClassTextKey, params?: Record<string, string | number>) => classText(locale, key, params);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${classText(locale, 'classTitle')} — ${uiText(locale, 'appTitle')}`;
  }, [locale]);
  const overview = useMemo(() => aggregate(rows), [rows]);

  const open = async (files: File[]) => {
    if (files.length === 0) return;
    setStatus(t('classReading', { count: files.length }));
    const { read, refused } = await readFiles(files);
    const result = readClassFiles(read, seen.current);
    const left = [...refused, ...result.rejected];
    setRows((r) => [...r, ...result.rows]);
    setRejected((r) => [...r, ...left]);
    setStatus(t('classRead', { accepted: result.rows.length, rejected: left.length }));
  };
  const save = (name: string, text: string, type: string) => {
    download(name, text, type);
    setStatus(t('exported', { name }));
  };

  return (
    <LocaleContext.Provider value={locale}>
      <main class="class" lang={locale}>
        <header class="class__top">
          <h1>{t('classTitle')}</h1>
          <label class="language">
            {uiText(locale, 'languageLabel')}{' '}
            <select value={locale} onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value === 'de' ? 'de' : 'en')}>
              <option value="en" lang="en">
                English
              </option>
              <option value="de" lang="de">
                Deutsch
              </option>
            </select>
          </label>
        </header>
        <p class="class__intro">{t('classIntro')}</p>
        <section
          class={dragging ? 'drop drop--over' : 'drop'}
          aria-label={t('classDropZone')}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            if (e.dataTransfer) void droppedFiles(e.dataTransfer).then(open);
          }}
        >
          <label for="class-files" class="file-label">
            {t('classOpen')}
          </label>
          <input
            id="class-files"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const files = Array.from(input.files ?? []);
              // Cleared, so the same files can be chosen again.
              input.value = '';
              void open(files);
            }}
          />
          <p class="hint">{t('classDrop')}</p>
        </section>
        <p role="status" class="class__status" data-testid="class-status">
          {status}
        </p>
        {rows.length === 0 && rejected.length === 0 ? (
          <p class="hint">{t('classEmpty')}</p>
        ) : (
          <>
            <div class="actions">
              <button type="button" class="primary" onClick={() => save(`class-overview-${today()}.csv`, overviewToCsv(overview, locale), 'text/csv')}>
                {t('exportCsv')}
              </button>
              <button type="button" onClick={() => save(`class-overview-${today()}.md`, overviewToMarkdown(overview, locale), 'text/markdown')}>
                {t('exportMarkdown')}
              </button>
              <button
                type="button"
                onClick={() => {
                  seen.current.clear();
                  setRows([]);
                  setRejected([]);
                  setStatus('');
                }}
              >
                {t('classClear')}
              </button>
            </div>
            {rows.length > 0 && <ClassMatrix overview={overview} />}
            {rows.length > 0 && <StallChart overview={overview} />}
            <RejectedFiles rejected={rejected} />
          </>
        )}
      </main>
    </LocaleContext.Provider>
  );
}
