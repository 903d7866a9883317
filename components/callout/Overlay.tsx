import type { TargetDef } from '../../lib/targets/types';
import { useCalloutText } from './use-callout-text';
import { AnchoredCallout } from './AnchoredCallout';
import type { OverlayActions, OverlayModel } from './model';
import { StepCard } from './StepCard';

/** Everything the guide draws on a host page, inside our shadow root. */
export interface OverlayProps {
  model: OverlayModel | null;
  actions: OverlayActions;
  /** This app's targets: the fallback card shows where a target usually is. */
  targets: Readonly<Record<string, TargetDef>>;
}

export function Overlay({ model, actions, targets }: OverlayProps) {
  const { locale, t } = useCalloutText();
  if (!model) return null;
  if (model.kind === 'minimised') {
    return (
      <button type="button" class="pill" data-step={model.step.id} onClick={actions.restore}>
        {t('calloutRestore', { title: model.step.title[locale] })}
      </button>
    );
  }
  if (model.kind === 'callout') {
    return <AnchoredCallout step={model.step} subIndex={model.subIndex} targetKey={model.targetKey} target={model.target} actions={actions} />;
  }
  return (
    <div
      class="callout fallback"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`msi-title-${model.step.id}`}
      data-step={model.step.id}
      data-target={model.targetKey}
      data-fallback=""
    >
      <StepCard step={model.step} subIndex={model.subIndex} actions={actions} where={targets[model.targetKey]?.where[locale] ?? ''} />
    </div>
  );
}
