import type { GuideStep, PersonaId } from '../../lib/guide/types';
import type { PersonaFilter, ProgressState, StepStatus } from '../../lib/progress/types';
import type { StepId } from '../../lib/guide/types';
import { useText } from '../locale-context';
import { groupSteps, type StepGroup } from './group-steps';
import { StepRow } from './StepRow';
import type { OpenStepResult } from '../../lib/messaging/protocol';

type T = ReturnType<typeof useText>['t'];

/** "Marketo Admin · Steps 3–6": who, and which steps, so every group's name is unique. */
function groupHeading(group: StepGroup, t: T): string {
  if (group.kind === 'prerequisite') return t('prerequisites');
  const who = personaName(group.personas, t);
  const first = group.steps[0]?.number ?? 0;
  const last = group.steps.at(-1)?.number ?? first;
  return `${who} · ${first === last ? t('stepNumber', { n: first }) : t('stepRange', { from: first, to: last })}`;
}

function personaName(personas: readonly PersonaId[], t: T): string {
  if (personas.length > 1) return t('personaEither');
  return t(personas[0] === 'salesforce-admin' ? 'personaSalesforce' : 'personaMarketo');
}

export interface StepListProps {
  guide: readonly GuideStep[];
  progress: ProgressState;
  persona: PersonaFilter;
  onSetStatus(stepId: StepId, status: StepStatus): void;
  onOpen(stepId: StepId, host?: string): Promise<OpenStepResult>;
}

/** The checklist: prerequisites, then the steps grouped by who does them. */
export function StepList({ guide, progress, persona, onSetStatus, onOpen }: StepListProps) {
  const { t } = useText();
  const groups = groupSteps(guide, persona);
  if (groups.length === 0) return <p>{t('noSteps')}</p>;
  return (
    <div class="groups">
      {groups.map((group, index) => {
        const headingId = `group-${index}`;
        return (
          <section key={headingId} aria-labelledby={headingId} class="group">
            <h2 id={headingId}>{groupHeading(group, t)}</h2>
            <ol class="steps">
              {group.steps.map((step) => (
                <StepRow
                  key={step.id}
                  step={step}
                  progress={progress.steps[step.id]}
                  onSetStatus={(status) => onSetStatus(step.id, status)}
                  onOpen={(host) => onOpen(step.id, host)}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
