import { h, render } from 'preact';
import { LocaleContext } from '../locale-context';
import type { OverlayModel } from '../callout/model';
import { Overlay } from '../callout/Overlay';
import { pickStep, startSubStep, stepPosition } from '../../lib/guide/runner';
import type { GuideStep, StepId, StepNotice } from '../../lib/guide/types';
import { NoticesContext } from '../callout/StepCard';
import { createNotices } from './step-notices';
import type { Locale } from '../../lib/i18n/locale';
import { calloutText } from '../../lib/i18n/callout-text';
import { createAppLocator } from './app-locator';
import { createSecretMask } from './secret-mask';
import { atMostEvery, SLOW_WORK_MS } from './rate-limit';
import { isVisible } from '../../lib/locator/visibility';
import type { LocateResult, TriedWay } from '../../lib/locator/types';
import type { GuideContext } from '../../lib/messaging/protocol';
import type { PageDetection } from '../../lib/pages/types';
import type { TargetKey } from '../../lib/targets/registry';
import type { GuideAppData } from '../../lib/guide/app-data';
import { installShortcuts } from './shortcuts';
import { advanceOnUse } from './advance-on-use';
import { createJump } from './focus-target';
import type { OverlayHost } from './overlay-host';
import type { GuideAssessment } from './guide-assessment';

/** How long a target may take to appear before the written fallback shows (ExtJS panels render late). */
export const FALLBACK_AFTER_MS = 4000;

export interface GuideSessionDeps {
  host: OverlayHost;
  /** Locale when the user chose none: the page's language, else the browser's. */
  defaultLocale(): Locale;
  markDone(stepId: StepId): void;
  /** A step's cautions and notes (the background keeps these texts). */
  noticesOf(stepId: StepId): Promise<readonly StepNotice[] | null>;
  /** The written instruction for a target (the background keeps these texts). */
  whereOf(target: TargetKey, locale: Locale): Promise<string | null>;
  reportMissing(stepId: StepId, target: TargetKey, tried: TriedWay[]): void;
  /**
   * Whether this frame may show the written fallback for a target it cannot find: not where another
   * frame shows the real page (the Experience Cloud shell, Lightning around a Setup iframe).
   */
  mayShowFallback(targetKey: string): boolean;
  /** The practice sandbox's assessment mode, when the sandbox runs one (see GuideAssessment). */
  assessment?: GuideAssessment;
}

/**
 * Runs the guide in one frame: picks the step and sub-step for this page, finds the target, and keeps
 * the overlay model (callout, fallback card or minimised pill) in step with the page.
 */
export function createGuideSession(data: GuideAppData, deps: GuideSessionDeps) {
  // Only the sandbox's replica frames run assessments: in the apps' content scripts (ENTRYPOINT, replaced at
  // build time) this is undefined and the assessment code below is dropped from the bundle.
  const assessment = import.meta.env.ENTRYPOINT === 'practice-guest' ? deps.assessment : undefined;
  let detection: PageDetection | null = null;
  let context: GuideContext | null = null;
  let step: GuideStep | null = null;
  let subIndex = 0;
  let minimised = false;
  /** Until the user moves by hand on this page, the guide follows the page forward by itself. */
  let manual = false;
  let model: OverlayModel | null = null;
  let missingSince: number | null = null;
  let fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  const reportedMissing = new Set<string>();

  const locale = () => context?.locale ?? deps.defaultLocale();
  const notices = createNotices(deps.noticesOf, () => draw());
  const presenter = () => context?.presenter ?? false;
  const locator = createAppLocator(data, () => detection?.page ?? null);
  const mask = createSecretMask(data, locator, deps.host.shadow, () => ({
    hidden: calloutText(locale(), 'secretHidden'),
    reveal: calloutText(locale(), 'secretReveal'),
    hide: calloutText(locale(), 'secretHide'),
  }));
  const locate = (key: TargetKey): LocateResult => locator.locate(key);
  const actions = {
    next: () => ((manual = true), move(1)),
    back: () => ((manual = true), move(-1)),
    didThis: () => step && deps.markDone(step.id),
    minimise: () => ((minimised = true), show()),
    restore: () => ((minimised = false), show()),
    retry: () => ((missingSince = null), (model = null), show()),
  };

  function draw() {
    deps.host.root.classList.toggle('presenter', presenter());
    const strip = presenter() && context ? { statuses: context.statuses } : undefined;
    const overlay = h(Overlay, { model: assessment ? assessment.visible(model) : model, actions, presenter: strip });
    render(h(LocaleContext.Provider, { value: locale() }, h(NoticesContext.Provider, { value: notices.of }, overlay)), deps.host.root);
    mask.update(presenter());
  }

  function announce() {
    // While an assessment hides the callout, the screen reader is not told the instruction either.
    if (!step || (assessment && !assessment.visible(model))) return;
    const { index, total } = stepPosition(step);
    const l = locale();
    const position = calloutText(l, step.kind === 'prerequisite' ? 'calloutPrereqOf' : 'calloutStepOf', { n: index, total });
    const sub = `${subIndex + 1}/${step.subSteps.length}`;
    deps.host.announce(calloutText(l, 'announceStep', { position, sub, title: step.title[l], instruction: step.subSteps[subIndex]!.text[l] }));
  }

  /** In presenter mode the presenter may walk the group to another step of this app. */
  let chosen: GuideStep | null = null;

  function move(delta: number) {
    if (!step) return;
    const beyond = subIndex + delta;
    if (presenter() && (beyond < 0 || beyond >= step.subSteps.length)) {
      const other = data.steps[data.steps.indexOf(step) + Math.sign(delta)];
      if (!other) return;
      chosen = step = other;
      subIndex = delta > 0 ? 0 : other.subSteps.length - 1;
      missingSince = null;
      return show(true);
    }
    const next = Math.max(0, Math.min(step.subSteps.length - 1, subIndex + delta));
    if (next === subIndex) return;
    subIndex = next;
    missingSince = null;
    show(true);
  }

  /** Works out the model for the current sub-step; `changed` when the user moved or the step changed. */
  function show(changed = false) {
    clearTimeout(fallbackTimer);
    if (!step || !detection) return setModel(null);
    if (minimised) return setModel({ kind: 'minimised', step, subIndex });
    let key = step.subSteps[subIndex]!.target;
    let result = locate(key);
    // A sub-step whose destination the page already shows is behind the user: move on.
    while (result.status === 'route' && subIndex < step.subSteps.length - 1) {
      subIndex++;
      changed = true;
      key = step.subSteps[subIndex]!.target;
      result = locate(key);
    }
    if (result.status === 'found') {
      missingSince = null;
      const moved = changed || model?.kind !== 'callout' || model.target !== result.element;
      setModel({ kind: 'callout', step, subIndex, targetKey: key, target: result.element });
      if (moved) {
        result.element.scrollIntoView({ block: 'center', inline: 'nearest' });
        announce();
      }
      return;
    }
    if (model?.kind === 'fallback' && model.targetKey === key && model.subIndex === subIndex) return;
    if (changed || model?.kind === 'callout') setModel(null);
    missingSince ??= Date.now();
    const wait = FALLBACK_AFTER_MS - (Date.now() - missingSince);
    if (wait > 0) {
      fallbackTimer = setTimeout(() => show(), wait);
      return;
    }
    if (result.status !== 'not-found' || !deps.mayShowFallback(key)) return setModel(null);
    setModel({ kind: 'fallback', step, subIndex, targetKey: key, where: '' });
    announce();
    const shown = model;
    void deps.whereOf(key, locale()).then((where) => {
      if (model === shown && shown?.kind === 'fallback' && where) setModel({ ...shown, where });
    });
    const diagnosticKey = `${detection.page}|${key}`;
    if (!reportedMissing.has(diagnosticKey)) {
      reportedMissing.add(diagnosticKey);
      deps.reportMissing(step.id, key, result.tried);
    }
  }

  function setModel(next: OverlayModel | null) {
    model = next;
    draw();
  }

  /** A rule proven earlier (recorded evidence) or holding on this page now. */
  const ruleHolds = (s: GuideStep) => (ruleId: string) => {
    if (context?.proven[s.id]?.includes(ruleId)) return true;
    const rule = s.completion.rules.find((r) => r.id === ruleId);
    return rule !== undefined && locator.holds(rule.check, rule.target);
  };
  // Panels that render late can put the user further along (a tab already open): follow forward,
  // at a slower pace than the callout itself. Never in presenter mode: the presenter moves the group.
  const followForward = atMostEvery(SLOW_WORK_MS, () => {
    if (!step || !detection || manual || minimised || presenter()) return;
    const start = startFor(step);
    if (start > subIndex) {
      subIndex = start;
      show(true);
    }
  });
  const startFor = (s: GuideStep) =>
    startSubStep(s, detection!.page, data, (key) => locate(key as TargetKey).status === 'found', ruleHolds(s));

  /** Re-picks the step (and, for a new step or page, the sub-step), then shows it. */
  function sync(pageChanged: boolean) {
    const usable = detection && context && !detection.shell;
    if (!presenter()) chosen = null;
    const next = usable ? (chosen ?? pickStep(context!, detection!.app, data.steps)) : null;
    const stepChanged = next !== step;
    step = next;
    if (!step) return setModel(null);
    if (stepChanged || pageChanged) {
      subIndex = startFor(step);
      missingSince = null;
      manual = false;
    }
    show(stepChanged || pageChanged);
  }

  const jumper = createJump(window, () => {
    if (model?.kind !== 'callout') return null;
    assessment?.jumped(model);
    return model.target;
  });
  /** For the assessment: the step shown here, and whether the control `node` is one of its targets on this page (or ours). */
  const pathOf = (node: Node) => {
    if (!step) return null;
    // The target may be the control's label inside it (a tree node's text) or a field inside the control.
    const found = (key: TargetKey) => {
      const result = locate(key);
      return result.status === 'found' && (result.element.contains(node) || node.contains(result.element));
    };
    const onPath = deps.host.element.contains(node) || step.subSteps.some((sub) => found(sub.target));
    return { step: step.id, onPath };
  };
  const stopAssessment = assessment
    ? [assessment.watchClicks(document, pathOf), assessment.onChange(() => draw())]
    : [];
  const stopShortcuts = installShortcuts(window, {
    next: actions.next,
    back: actions.back,
    toggle: () => (minimised ? actions.restore() : actions.minimise()),
    jump: jumper.jump,
    presenter,
    targetOf: deps.host.targetOf,
  });
  const stopAdvance = advanceOnUse(document, {
    data,
    current: () =>
      model?.kind === 'callout' && step && !presenter()
        ? { step, subIndex, target: model.target, page: detection?.page ?? null }
        : null,
    locate,
    move,
  });

  return {
    setPage(next: PageDetection | null) {
      detection = next;
      sync(true);
    },
    setContext(next: GuideContext) {
      context = next;
      sync(false);
    },
    /** The DOM changed: keep the callout on a live target, or look again for a missing one. */
    onDomChange() {
      if (presenter()) mask.update(true);
      followForward.run();
      // Fast path on every batch: the callout's target is still there and on screen.
      if (model?.kind === 'callout' && model.target.isConnected && isVisible(model.target)) return;
      show();
    },
    destroy() {
      clearTimeout(fallbackTimer);
      stopShortcuts();
      jumper.stop();
      followForward.cancel();
      mask.destroy();
      stopAdvance();
      stopAssessment.forEach((stop) => stop());
      render(null, deps.host.root);
    },
  };
}
