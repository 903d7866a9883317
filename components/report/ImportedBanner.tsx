import { useText } from '../use-text';
import { formatWhen, reportText } from '../../lib/report/text';
import type { Ref } from 'preact';
import { agentSummary } from '../../lib/report/agent-summary';
import type { CompletionReport } from '../../lib/report/types';

/** The imported report and the way back to the user's own. */
export interface ImportedBannerProps {
  report: CompletionReport;
  onBack(): void;
  /** Receives the banner element, so the page can move focus to it after a file was opened. */
  focusRef?: Ref<HTMLDivElement>;
}

/**
 * Says plainly that the report below is someone else's, read-only, and when and by which version it was
 * made. Focusable, so focus lands here after opening a file and screen readers read it first.
 */
export function ImportedBanner({ report, onBack, focusRef }: ImportedBannerProps) {
  const { locale, t } = useText(reportText);
  // The instance first: the hosts the customer's browser worked on, one per app.
  const hosts = [...new Map(report.hostsSeen.map((h) => [h.app, h.host])).values()];
  return (
    <div class="imported" ref={focusRef} tabIndex={-1} role="region" aria-labelledby="imported-text" data-testid="imported-banner">
      <div>
        <p id="imported-text">
          <strong>{t('importedBanner', { date: formatWhen(locale, report.generatedAt), version: report.extensionVersion })}</strong>
        </p>
        {hosts.length > 0 && (
          <p data-testid="agent-instance">
            {t('agentInstance')}: {hosts.join(' · ')}
          </p>
        )}
        <p class="agent-summary" data-testid="agent-summary">
          {agentSummary(report, locale)}
        </p>
      </div>
      <button type="button" onClick={onBack}>
        {t('backToMine')}
      </button>
    </div>
  );
}
