import { userOnly } from '../user-only';
import { AnchoredCallout } from './AnchoredCallout';
import type { OverlayActions, OverlayEnv, OverlayModel } from './model';
import { StepCard } from './StepCard';
import { StepStrip } from './StepStrip';
import { ElsewhereCard } from './ElsewhereCard';
import type { StepId } from '../../lib/guide/types';
import type { StepStatus } from '../../lib/progress/types';

/** Everything the guide draws on a host page, inside our shadow root. */
export interface OverlayProps {
  model: OverlayModel | null;
  actions: OverlayActions;
  env: OverlayEnv;
  /** Presenter mode: the step strip shows where the group is. */
  presenter?: { statuses: Record<StepId, StepStatus> };
}

export function Overlay(props: OverlayProps) {
  const strip = props.presenter && props.model && props.model.kind !== 'elsewhere' && <StepStrip statuses={props.presenter.statuses} current={props.model.step.id} locale={props.env.locale} t={props.env.t} />;
  return (
    <>
      {strip}
      <OverlayBody {...props} />
    </>
  );
}

function OverlayBody({ model, actions, env }: OverlayProps) {
  const { locale } = env;
  if (!model) return null;
  if (model.kind === 'elsewhere') return <ElsewhereCard model={model} actions={actions} env={env} />;
  if (model.kind === 'minimised') {
    return (
      <button type="button" class="pill" data-step={model.step.id} onClick={userOnly(actions.restore)}>
        {env.t(locale, 'calloutRestore', { title: model.step.title[locale] })}
      </button>
    );
  }
  if (model.kind === 'callout') {
    return (
      <AnchoredCallout
        step={model.step}
        subIndex={model.subIndex}
        targetKey={model.targetKey}
        target={model.target}
        actions={actions}
        env={env}
        waiting={model.waiting}
        verified={model.verified}
      />
    );
  }
  return (
    <div
      class="callout fallback"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`msi-title-${model.step.id}`}
      data-step={model.step.id}
      data-target={model.targetKey}
      data-sub={model.subIndex}
      data-fallback=""
      data-verified={model.verified ? '' : undefined}
    >
      <StepCard step={model.step} subIndex={model.subIndex} actions={actions} env={env} where={model.where} waiting={model.waiting} verified={model.verified} />
    </div>
  );
}
