import type { GuideStep } from '../../lib/guide/types';
import type { EvidenceEntry } from '../../lib/progress/types';
import { useText } from '../locale-context';
import { RULE_PROOFS } from '../../lib/apps/page-texts';

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
          const proof = step.completion.rules.some((r) => r.id === entry.rule) ? RULE_PROOFS[entry.rule] : undefined;
          return (
            <li key={`${entry.rule}@${entry.host}`} data-rule={entry.rule}>
              {t('evidenceEntry', {
                proves: proof ? proof[locale] : entry.rule,
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
