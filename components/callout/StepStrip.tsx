import { useText } from '../use-text';
import { calloutText } from '../../lib/i18n/callout-text';
import { PREREQUISITE_IDS, STEP_IDS, type PrerequisiteId, type StepId } from '../../lib/guide/types';
import type { StepStatus } from '../../lib/progress/types';

/** Short labels in guide order: P1, P2, then the step numbers 1–8. */
const isPrerequisite = (id: StepId): id is PrerequisiteId => (PREREQUISITE_IDS as readonly StepId[]).includes(id);
const LABELS = STEP_IDS.map((id, index) => (isPrerequisite(id) ? `P${index + 1}` : String(index - PREREQUISITE_IDS.length + 1)));

/** Presenter mode's strip: where the group is in the whole setup (done steps ticked, the current one marked). */
export function StepStrip({ statuses, current }: { statuses: Record<StepId, StepStatus>; current: StepId }) {
  const { t } = useText(calloutText);
  return (
    <ol class="strip" aria-label={t('stripLabel')}>
      {STEP_IDS.map((id, index) => (
        <li key={id} class={`chip chip--${statuses[id]}${id === current ? ' chip--current' : ''}`} aria-current={id === current ? 'step' : undefined}>
          {statuses[id] === 'done' ? '✓ ' : ''}
          {LABELS[index]}
        </li>
      ))}
    </ol>
  );
}
