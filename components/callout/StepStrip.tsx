import type { CalloutLookup } from '../../lib/i18n/callout-text';
import type { Locale } from '../../lib/i18n/locale';
import { PREREQUISITE_IDS, STEP_IDS, type PrerequisiteId, type StepId } from '../../lib/guide/types';
import type { StepStatus } from '../../lib/progress/types';

/** Short labels in guide order: P1, P2, then the step numbers 1–8. */
const isPrerequisite = (id: StepId): id is PrerequisiteId => (PREREQUISITE_IDS as readonly StepId[]).includes(id);
const LABELS = STEP_IDS.map((id, index) => (isPrerequisite(id) ? `P${index + 1}` : String(index - PREREQUISITE_IDS.length + 1)));

/** Presenter mode's strip: where the group is in the whole setup (done steps ticked, the current one marked). */
export function StepStrip({ statuses, current, locale, t }: { statuses: Record<StepId, StepStatus>; current: StepId; locale: Locale; t: CalloutLookup }) {
  return (
    <ol class="strip" aria-label={t(locale, 'stripLabel')}>
      {STEP_IDS.map((id, index) => (
        <li key={id} class={`chip chip--${statuses[id]}${id === current ? ' chip--current' : ''}`} aria-current={id === current ? 'step' : undefined}>
          {statuses[id] === 'done' ? '✓ ' : ''}
          {LABELS[index]}
        </li>
      ))}
    </ol>
  );
}
