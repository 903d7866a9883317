import type { Locale } from '../lib/i18n/locale';
import { uiText } from '../lib/i18n/ui-text';
import type { StoredProblem } from '../lib/progress/stored';

const TEXT = { 'newer-version': 'storedNewer', 'unknown-format': 'storedUnknown', unreadable: 'storedUnreadable' } as const;

/**
 * Says plainly why the saved progress is not shown (and that it is kept, not lost). A failed read can
 * be tried again: the page reads storage afresh.
 */
export function StoredProblemNotice({ problem, locale }: { problem: StoredProblem | null; locale: Locale }) {
  if (!problem) return null;
  return (
    <div class="stored-problem" role="alert" data-stored-problem={problem}>
      <p>{uiText(locale, TEXT[problem])}</p>
      {problem === 'unreadable' && (
        <button type="button" onClick={() => location.reload()}>
          {uiText(locale, 'storedRetry')}
        </button>
      )}
    </div>
  );
}
