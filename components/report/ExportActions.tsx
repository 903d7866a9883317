import { useText } from '../use-text';
import { reportText } from '../../lib/report/text';

/** What the export buttons do with the report shown. */
export interface ExportActionsProps {
  onCopy(): void;
  onDownload(): void;
}

/** Copy as Markdown and Download JSON, for the report shown. */
export function ExportActions({ onCopy, onDownload }: ExportActionsProps) {
  const { t } = useText(reportText);
  return (
    <div class="actions" role="group" aria-label={t('exportLabel')}>
      <button type="button" class="primary" onClick={onCopy}>
        {t('copyMarkdown')}
      </button>
      <button type="button" onClick={onDownload}>
        {t('downloadJson')}
      </button>
    </div>
  );
}
