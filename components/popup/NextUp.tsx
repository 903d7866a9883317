import { stepPosition } from '../../lib/guide/runner';
import type { GuideStep } from '../../lib/guide/types';
import type { OpenStepResult } from '../../lib/messaging/protocol';
import { APP_NAMES } from '../../lib/pages/names';
import { nextStep } from '../../lib/progress/next-step';
import { statusesOf } from '../../lib/progress/statuses';
import type { PersonaFilter, ProgressState } from '../../lib/progress/types';
import { useText } from '../locale-context';
import { GoToStep } from './GoToStep';

export interface NextUpProps {
  guide: readonly GuideStep[];
  progress: ProgressState;
  persona: PersonaFilter;
  onOpen(stepId: GuideStep['id'], host?: string): Promise<OpenStepResult>;
}

/** The popup's lead: which step comes next, in which app, who does it, and a way there. */
export function NextUp({ guide, progress, persona, onOpen }: NextUpProps) {
  const { locale, t } = useText();
  const step = nextStep(guide, statusesOf(progress), persona);
  if (!step) {
    return (
      <section class="next-up next-up--done" aria-labelledby="next-up-title" data-testid="next-up">
        <h2 id="next-up-title">{t('nextUpTitle')}</h2>
        <p>{t('nextUpAllDone')}</p>
      </section>
    );
  }
  const { index, total } = stepPosition(step);
  const position = t(step.kind === 'prerequisite' ? 'nextUpPrereqOf' : 'nextUpStepOf', { n: index, total });
  const both = step.personas.length > 1;
  const who = t(both ? 'personaEither' : step.personas[0] === 'salesforce-admin' ? 'personaSalesforce' : 'personaMarketo');
  return (
    <section class="next-up" aria-labelledby="next-up-title" data-testid="next-up" data-step={step.id}>
      <h2 id="next-up-title">{t('nextUpTitle')}</h2>
      <p class="next-up__step">{step.title[locale]}</p>
      <p class="next-up__where">{t('nextUpWhere', { position, app: APP_NAMES[step.app][locale], who })}</p>
      <GoToStep step={step} open={(host) => onOpen(step.id, host)} nextUp />
    </section>
  );
}
