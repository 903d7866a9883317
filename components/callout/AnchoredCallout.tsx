import { autoUpdate } from '@floating-ui/dom';
import { placeCallout } from './place-fixed';
import { Component, createRef } from 'preact';
import type { GuideStep } from '../../lib/guide/types';
import type { CalloutState, OverlayActions, OverlayEnv } from './model';
import { StepCard } from './StepCard';

const SPOTLIGHT_PADDING = 6;
/** The viewport margin the card keeps; in presenter mode the bottom edge holds the step strip. */
const EDGE = 8;
const PRESENTER_EDGE = { top: EDGE, left: EDGE, right: EDGE, bottom: 72 };

export interface AnchoredCalloutProps extends CalloutState {
  step: GuideStep;
  subIndex: number;
  targetKey: string;
  target: Element;
  actions: OverlayActions;
  env: OverlayEnv;
}

/**
 * The callout next to its target, plus the spotlight around the target. Floating UI's autoUpdate
 * keeps both in place on scroll (any ancestor), resize and re-layout. Both use fixed positioning so
 * nested scroll containers of the host page do not matter. A class component: the overlay uses no
 * hooks (see OverlayEnv).
 */
export class AnchoredCallout extends Component<AnchoredCalloutProps> {
  private card = createRef<HTMLDivElement>();
  private tip = createRef<HTMLDivElement>();
  private spot = createRef<HTMLDivElement>();
  private stop?: () => void;

  override componentDidMount() {
    this.follow();
  }

  override componentDidUpdate(previous: AnchoredCalloutProps) {
    if (previous.target !== this.props.target || previous.env.presenter !== this.props.env.presenter) this.follow();
  }

  override componentWillUnmount() {
    this.stop?.();
  }

  /** Keeps the card and the spotlight on the current target. */
  private follow() {
    this.stop?.();
    const { target, env } = this.props;
    const padding = env.presenter ? PRESENTER_EDGE : EDGE;
    const floating = this.card.current!;
    const update = () => {
      const box = target.getBoundingClientRect();
      const s = this.spot.current!.style;
      s.left = `${box.left - SPOTLIGHT_PADDING}px`;
      s.top = `${box.top - SPOTLIGHT_PADDING}px`;
      s.width = `${box.width + SPOTLIGHT_PADDING * 2}px`;
      s.height = `${box.height + SPOTLIGHT_PADDING * 2}px`;
      void placeCallout(target, floating, padding).then(({ x, y, placement, beside }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placement = placement;
        // Beside the target's window the tip has nothing to point at: the spotlight shows the target.
        floating.dataset.beside = beside;
        // The tip points at the target's centre, kept within the card's rounded corners.
        const centre = box.left + box.width / 2 - x - 6;
        this.tip.current!.style.left = `${Math.max(10, Math.min(floating.offsetWidth - 22, centre))}px`;
      });
    };
    this.stop = autoUpdate(target, floating, update, { layoutShift: true, animationFrame: false });
  }

  render({ step, subIndex, targetKey, actions, env, waiting, verified }: AnchoredCalloutProps) {
    return (
      <>
        <div ref={this.spot} class="spotlight" data-spotlight="" />
        <div
          ref={this.card}
          class="callout"
          role="dialog"
          aria-modal="false"
          aria-labelledby={`msi-title-${step.id}`}
          data-step={step.id}
          data-target={targetKey}
          data-sub={subIndex}
          data-verified={verified ? '' : undefined}
        >
          <div ref={this.tip} class="tip" aria-hidden="true" />
          <StepCard step={step} subIndex={subIndex} actions={actions} env={env} waiting={waiting} verified={verified} />
        </div>
      </>
    );
  }
}
