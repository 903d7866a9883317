import { useText } from '../use-text';
import { calloutText } from '../../lib/i18n/callout-text';
import { createContext } from 'preact';
import { userOnly } from '../user-only';
import { useContext } from 'preact/hooks';
import type { GuideStep, StepId, StepNotice } from '../../lib/guide/types';
import { stepPosition } from '../../lib/guide/runner';
import type { OverlayActions } from './model';

/** A step's cautions and notes: the guide session fetches them from the background (none until they arrive). */
export const NoticesContext = createContext<(stepId: StepId) => readonly StepNotice[]>(() => []);

export interface StepCardProps {
  step: GuideStep;
  subIndex: number;
  actions: OverlayActions;
  /** Written instruction for when the target is not on screen (fallback card). */
  where?: string;
}

/** The body shared by the anchored callout and the fallback card: position, title, instruction, notices, buttons. */
export function StepCard({ step, subIndex, actions, where }: StepCardProps) {
  const { locale, t } = useText(calloutText);
  const notices = useContext(NoticesContext)(step.id);
  const { index, total } = stepPosition(step);
  const titleId = `msi-title-${step.id}`;
  const sub = step.subSteps[subIndex]!;
  const last = subIndex === step.subSteps.length - 1;
  return (
    <>
      <div class="head">
        <span class="position">
          {t(step.kind === 'prerequisite' ? 'calloutPrereqOf' : 'calloutStepOf', { n: index, total })} · {subIndex + 1}/{step.subSteps.length}
        </span>
        <button type="button" class="icon" onClick={userOnly(actions.minimise)} aria-label={t('calloutMinimise')} title={t('calloutMinimise')}>
          –
        </button>
      </div>
      <h2 id={titleId} class="title">
        {step.title[locale]}
      </h2>
      <p class="instruction">{sub.text[locale]}</p>
      {where && (
        <p class="where">
          {t('fallbackLead')} <strong>{where}</strong>
        </p>
      )}
      {notices
        // Cautions always show; notes on the first instruction and on the fallback card, to keep callouts short.
        .filter((notice) => notice.kind === 'caution' || subIndex === 0 || where)
        .map((notice, i) => (
        <p key={i} class={`notice notice--${notice.kind}`}>
          <strong>{t(notice.kind === 'caution' ? 'calloutCaution' : 'calloutNote')}:</strong> {notice.text[locale]}
        </p>
      ))}
      <div class="actions">
        <button type="button" onClick={userOnly(actions.back)} disabled={subIndex === 0}>
          {t('calloutBack')}
        </button>
        {!last && (
          <button type="button" onClick={userOnly(actions.next)}>
            {t('calloutNext')}
          </button>
        )}
        {where && (
          <button type="button" onClick={userOnly(actions.retry)}>
            {t('fallbackRetry')}
          </button>
        )}
        <button type="button" class="primary" onClick={userOnly(actions.didThis)}>
          {t('calloutDidThis')}
        </button>
      </div>
      <p class="keys">{t('calloutShortcuts')}</p>
    </>
  );
}
