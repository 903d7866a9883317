import { handoffSteps } from '../../lib/handoff/steps';
import { stepNumbers } from '../../lib/handoff/message';
import { handoffText } from '../../lib/handoff/text';
import type { PersonaFilter, ProgressState } from '../../lib/progress/types';
import { useText } from '../use-text';

/**
 * "Hand off steps 7 and 8…" below the checklist, for the Marketo Admin while the Salesforce Admin's steps
 * are not all done: opens the report page's hand-off section (message, copy, download, reading their
 * report back).
 */
export function HandoffLink({ progress, persona }: { progress: ProgressState; persona: PersonaFilter }) {
  const { locale, t } = useText(handoffText);
  const steps = handoffSteps();
  if (persona === 'salesforce-admin' || steps.every((s) => progress.steps[s.id].status === 'done')) return null;
  return (
    <p class="handoff-link">
      <a href="/report.html#handoff" target="_blank" rel="noreferrer">
        {t('handoffLink', { steps: stepNumbers(locale, steps) })}
      </a>
    </p>
  );
}
