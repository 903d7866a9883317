import type { CalloutTextKey } from '../../lib/i18n/callout-text';
import type { TextParams } from '../../lib/i18n/define-text';
import { userOnly } from '../user-only';
import type { GuideStep } from '../../lib/guide/types';
import { stepPosition } from '../../lib/guide/runner';
import type { CalloutState, OverlayActions, OverlayEnv } from './model';

export interface StepCardProps extends CalloutState {
  step: GuideStep;
  subIndex: number;
  actions: OverlayActions;
  env: OverlayEnv;
  /** Written instruction for when the target is not on screen (fallback card). */
  where?: string;
}

/** The body shared by the anchored callout and the fallback card: position, title, instruction, notices, buttons. */
export function StepCard({ step, subIndex, actions, env, where, waiting, verified }: StepCardProps) {
  const { locale } = env;
  const t = (key: CalloutTextKey, params?: TextParams) => env.t(locale, key, params);
  const notices = env.notices(step.id);
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
      {verified ? (
        <p class="verified" data-verified="">
          {verified.proof ? `${t('calloutVerified')} ${verified.proof}` : t('calloutVerifiedPlain')}
        </p>
      ) : (
        <p class="instruction">{sub.text[locale]}</p>
      )}
      {waiting && !verified && (
        <p class="waiting" data-waiting="">
          <strong>{t('calloutWaitLead')}</strong> {waiting === 'generic' ? t('calloutWaitGeneric') : waiting[locale]}
        </p>
      )}
      {!verified &&
        env.later(step.id).map((line, i) => (
          <p key={`later-${i}`} class="later" data-later="">
            {line}
          </p>
        ))}
      {where && !verified && (
        <p class="where">
          {t('fallbackLead')} <strong>{where}</strong>
        </p>
      )}
      {!verified && notices
        // Cautions always show; notes on the first instruction and on the fallback card, to keep callouts short.
        .filter((notice) => notice.kind === 'caution' || subIndex === 0 || where)
        .map((notice, i) => (
        <p key={i} class={`notice notice--${notice.kind}`}>
          <strong>{t(notice.kind === 'caution' ? 'calloutCaution' : 'calloutNote')}:</strong> {notice.text[locale]}
        </p>
      ))}
      <div class="actions" hidden={Boolean(verified)}>
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
