import { stepPosition } from '../../lib/guide/runner';
import type { GuideStep } from '../../lib/guide/types';
import type { OpenStepResult } from '../../lib/messaging/protocol';
import { APP_NAMES } from '../../lib/pages/names';
import { nextStep } from '../../lib/progress/next-step';
import { stepMatchesPersona } from '../../lib/progress/count';
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
  if (!step) return <SetupComplete guide={guide} progress={progress} persona={persona} />;
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

/**
 * The moment of completion: "Setup complete", and how each step got there, so steps only ticked by hand
 * are not mistaken for checked ones; with the ways to verify them and to share the report.
 */
function SetupComplete({ guide, progress, persona }: Pick<NextUpProps, 'guide' | 'progress' | 'persona'>) {
  const { t } = useText();
  const mine = guide.filter((step) => stepMatchesPersona(step, persona)).map((step) => progress.steps[step.id]);
  const count = (match: (p: (typeof mine)[number]) => boolean) => mine.filter(match).length;
  const parts = (
    [
      ['completeVerified', count((p) => p.status === 'done' && p.via === 'evidence')],
      ['completeHand', count((p) => p.status === 'done' && p.via !== 'evidence' && p.via !== 'elsewhere')],
      ['completeElsewhere', count((p) => p.status === 'done' && p.via === 'elsewhere')],
      ['completeSkipped', count((p) => p.status === 'skipped')],
    ] as const
  ).filter(([, n]) => n > 0);
  return (
    <section class="next-up next-up--done" aria-labelledby="next-up-title" data-testid="next-up" data-complete="">
      <h2 id="next-up-title">{t('completeTitle')}</h2>
      <p data-testid="complete-counts">{parts.map(([key, n]) => t(key, { n })).join(', ')}</p>
      {parts.some(([key]) => key === 'completeHand') && <p class="hint">{t('completeVerifyHint')}</p>}
      <div class="next-up__actions">
        <a class="button primary" href="/report.html#verify" target="_blank" rel="noreferrer">
          {t('completeVerify')}
        </a>
        <a class="button" href="/report.html" target="_blank" rel="noreferrer">
          {t('completeShare')}
        </a>
      </div>
    </section>
  );
}
