import type { GuideStep } from '../../lib/guide/types';
import type { EvidenceEntry } from '../../lib/progress/types';
import { useText } from '../locale-context';

/** What was seen on which page that proves the step; collapsed by default. */
export function EvidenceList({ step, evidence }: { step: GuideStep; evidence: readonly EvidenceEntry[] }) {
  const { locale, t } = useText();
  if (evidence.length === 0) return null;
  return (
    <details class="evidence">
      <summary>
        {t('evidenceTitle')} ({evidence.length})
      </summary>
      <ul>
        {evidence.map((entry) => {
          const rule = step.completion.rules.find((r) => r.id === entry.rule);
          return (
            <li key={`${entry.rule}@${entry.host}`} data-rule={entry.rule}>
              {t('evidenceEntry', {
                proves: rule ? rule.proves[locale] : entry.rule,
                host: entry.host,
                time: new Date(entry.seenAt).toLocaleString(locale),
              })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
