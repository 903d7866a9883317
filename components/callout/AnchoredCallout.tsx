import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { GuideStep } from '../../lib/guide/types';
import type { CalloutState, OverlayActions } from './model';
import { StepCard } from './StepCard';

const SPOTLIGHT_PADDING = 6;

export interface AnchoredCalloutProps extends CalloutState {
  step: GuideStep;
  subIndex: number;
  targetKey: string;
  target: Element;
  actions: OverlayActions;
}

/**
 * The callout next to its target, plus the spotlight around the target. Floating UI's autoUpdate
 * keeps both in place on scroll (any ancestor), resize and re-layout. Both use fixed positioning so
 * nested scroll containers of the host page do not matter.
 */
export function AnchoredCallout({ step, subIndex, targetKey, target, actions, waiting, verified }: AnchoredCalloutProps) {
  const card = useRef<HTMLDivElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  const spot = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const floating = card.current!;
    const update = () => {
      const box = target.getBoundingClientRect();
      const s = spot.current!.style;
      s.left = `${box.left - SPOTLIGHT_PADDING}px`;
      s.top = `${box.top - SPOTLIGHT_PADDING}px`;
      s.width = `${box.width + SPOTLIGHT_PADDING * 2}px`;
      s.height = `${box.height + SPOTLIGHT_PADDING * 2}px`;
      void computePosition(target, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(12), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y, placement }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placement = placement;
        // The tip points at the target's centre, kept within the card's rounded corners.
        const centre = box.left + box.width / 2 - x - 6;
        tip.current!.style.left = `${Math.max(10, Math.min(floating.offsetWidth - 22, centre))}px`;
      });
    };
    return autoUpdate(target, floating, update, { layoutShift: true, animationFrame: false });
  }, [target]);

  return (
    <>
      <div ref={spot} class="spotlight" data-spotlight="" />
      <div
        ref={card}
        class="callout"
        role="dialog"
        aria-modal="false"
        aria-labelledby={`msi-title-${step.id}`}
        data-step={step.id}
        data-target={targetKey}
        data-sub={subIndex}
        data-verified={verified ? '' : undefined}
      >
        <div ref={tip} class="tip" aria-hidden="true" />
        <StepCard step={step} subIndex={subIndex} actions={actions} waiting={waiting} verified={verified} />
      </div>
    </>
  );
}
