import { useText } from '../use-text';
import { reportText } from '../../lib/report/text';
import { stepNumbers } from '../../lib/handoff/message';

/** "Open a report": a labelled file input for a customer's JSON report, with its refusal message. */
export function OpenReport({ onFile, error }: { onFile(file: File): void; error: string | null }) {
  const { locale, t } = useText(reportText);
  return (
    <section class="open" aria-labelledby="open-title">
      <h2 id="open-title">{t('openTitle')}</h2>
      <p class="hint" id="open-hint">
        {t('openHint', { steps: stepNumbers(locale) })}
      </p>
      <label for="report-file" class="file-label">
        {t('openLabel')}
      </label>
      <input
        id="report-file"
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? 'open-hint open-error' : 'open-hint'}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) fires a change again.
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <div id="open-error" role="alert" class="failure">
        {error}
      </div>
    </section>
  );
}
