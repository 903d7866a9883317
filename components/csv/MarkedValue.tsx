import type { EmailProblem } from '../../lib/csv/email';
import { markValue } from '../../lib/csv/mark';
import { csvText } from '../../lib/i18n/csv-text';
import { useText } from '../use-text';

/**
 * A cell value as the check saw it: invisible characters as visible tokens (named for screen readers), the
 * bad part for `problem` marked.
 */
export function MarkedValue({ value, problem }: { value: string; problem: EmailProblem | null }) {
  const { t } = useText(csvText);
  return (
    <span class="value">
      {markValue(value, problem).map((piece, i) =>
        piece.mark === 'invisible' ? (
          <mark key={i} class="mark-invisible" title={t('invisibleToken')}>
            {piece.text}
          </mark>
        ) : piece.mark === 'bad' ? (
          <mark key={i} class="mark-bad">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </span>
  );
}
