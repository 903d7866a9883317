import { h, render } from 'preact';
import type { CalloutState, OverlayModel } from '../callout/model';
import { Overlay } from '../callout/Overlay';
import { pickStep, stepPosition } from '../../lib/guide/runner';
import { advance, present, type Progress, type ProgressEvent } from '../../lib/guide/progression';
import type { GuideStep, StepId, StepNotice } from '../../lib/guide/types';
import { createNotices } from './step-notices';
import type { Locale } from '../../lib/i18n/locale';
import type { CalloutLookup } from '../../lib/i18n/callout-text';
import { createAppLocator } from './app-locator';
import { isVisible } from '../../lib/locator/visibility';
import type { TriedWay } from '../../lib/locator/types';
import type { GuideContext } from '../../lib/messaging/protocol';
import type { PageDetection } from '../../lib/pages/types';
import type { TargetKey } from '../../lib/targets/registry';
import type { GuideAppData } from '../../lib/guide/app-data';
import { installShortcuts } from './shortcuts';
import { advanceOnUse } from './advance-on-use';
import { createJump } from './focus-target';
import type { OverlayHost } from './overlay-host';
import { createPageView } from './page-view';
import { createVerifiedMoment } from './verified-moment';
import { createElsewhere, type ElsewhereDeps } from './elsewhere';
import { describeElsewhere } from '../callout/ElsewhereCard';
import { pathFinder, type GuideAssessment } from './guide-assessment';

/** How long a target may take to appear before the written fallback shows (ExtJS panels render late). */
export const FALLBACK_AFTER_MS = 4000;

export interface GuideSessionDeps {
  host: OverlayHost;
  /** Locale when the user chose none: the page's language, else the browser's. */
  defaultLocale(): Locale;
  markDone(stepId: StepId): void;
  /** What a completion rule proves, for "✓ Verified: …" (the background keeps these texts). */
  proofOf(ruleId: string, locale: Locale): Promise<string | null>;
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
  /** The "next up, elsewhere" card's needs (see elsewhere.ts). */
  elsewhere: ElsewhereDeps;
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
  /** The step shown, or null. */
  let step: GuideStep | null = null;
  /** Where the guide is in the step (kept while no step shows, so a return to the step never goes back). */
  let progress: Progress | null = null;
  let minimised = false;
  let model: OverlayModel | null = null;
  let missingSince: number | null = null;
  let fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** While a success holds the finished step in view: the step the guide moves on to next. */
  let upcoming: GuideStep | null = null;
  const reportedMissing = new Set<string>();

  const locale = () => context?.locale ?? deps.defaultLocale();
  const elsewhere = createElsewhere(deps.elsewhere, () => show());
  const text: CalloutLookup = (...args) => deps.host.text(...args);
  const notices = createNotices(deps.noticesOf, () => draw());
  const verified = createVerifiedMoment(deps.proofOf, (proof) => {
    show();
    announce(() => `${text(locale(), 'calloutVerified')} ${proof}`);
  });
  const presenter = () => context?.presenter ?? false;
  const locator = createAppLocator(data, () => detection?.page ?? null);
  const view = () => (step && detection ? createPageView(data, step, detection.page, locator, context?.proven[step.id] ?? []) : null);
  const actions = {
    next: () => move(1),
    back: () => move(-1),
    didThis: () => step && deps.markDone(step.id),
    minimise: () => ((minimised = true), show()),
    restore: () => ((minimised = false), show()),
    retry: () => ((missingSince = null), (model = null), show()),
    openNext: () => elsewhere.open(context),
  };

  function draw() {
    deps.host.root.classList.toggle('presenter', presenter());
    const strip = presenter() && context ? { statuses: context.statuses } : undefined;
    const l = locale();
    const later = (id: StepId) => context?.later?.[id]?.map((line) => line[l]) ?? [];
    const env = { locale: l, t: deps.host.text, notices: notices.of, later, presenter: presenter() };
    render(h(Overlay, { model: assessment ? assessment.visible(model) : model, actions, env, presenter: strip }), deps.host.root);
  }

  function announce(words?: () => string) {
    // While an assessment hides the callout, the screen reader is not told the instruction either.
    if (!step || !progress || (assessment && !assessment.visible(model))) return;
    const { index, total } = stepPosition(step);
    const [shown, at] = [step, progress.index];
    deps.host.announce(
      words ??
        (() => {
          const l = locale();
          const position = text(l, shown.kind === 'prerequisite' ? 'calloutPrereqOf' : 'calloutStepOf', { n: index, total });
          return text(l, 'announceStep', { position, sub: `${at + 1}/${shown.subSteps.length}`, title: shown.title[l], instruction: shown.subSteps[at]!.text[l] });
        })
    );
  }

  /** Feeds an event to the progression (lib/guide/progression.ts) and shows where it leads. */
  function feed(event: ProgressEvent) {
    const seen = view();
    if (!step || !seen) return;
    const before = progress;
    progress = advance(progress, event, seen, data);
    if (progress?.verified) verified.seen(progress.verified, locale());
    const moved = before?.step !== progress?.step || before?.index !== progress?.index;
    if (moved) missingSince = null;
    show(moved, seen);
  }

  /** In presenter mode the presenter may walk the group to another step of this app. */
  let chosen: GuideStep | null = null;

  function move(delta: number) {
    if (!step || !progress) return;
    const beyond = progress.index + delta;
    if (presenter() && (beyond < 0 || beyond >= step.subSteps.length)) {
      const other = data.steps[data.steps.indexOf(step) + Math.sign(delta)];
      if (!other) return;
      chosen = step = other;
      progress = { step: other, index: delta > 0 ? 0 : other.subSteps.length - 1, used: null, manual: true, verified: null };
      verified.clear();
      missingSince = null;
      return show(true);
    }
    feed({ type: delta > 0 ? 'next' : 'back' });
  }

  /** Works out the model for the current sub-step; `changed` when the user moved or the step changed. */
  function show(changed = false, seen = view()) {
    clearTimeout(fallbackTimer);
    if (!step || !detection || !progress || !seen) return setModel(step ? null : elsewhereCard());
    const subIndex = progress.index;
    if (minimised) return setModel({ kind: 'minimised', step, subIndex });
    const shown = present(progress, seen);
    const state: CalloutState = {
      waiting: shown.waitingOn === null ? null : (step.subSteps[shown.waitingOn]!.waitHint ?? 'generic'),
      verified: shown.verified ? { proof: verified.proof() } : null,
    };
    let key = step.subSteps[subIndex]!.target;
    let result = seen.located(key);
    // A success shows beside its evidence (the confirmation, the listed site), so it stays readable.
    const rule = shown.verified ? step.completion.rules.find((r) => r.id === shown.verified) : undefined;
    const evidence = rule && seen.located(rule.target);
    if (evidence?.status === 'found') [key, result] = [rule!.target, evidence];
    if (result.status === 'found') {
      missingSince = null;
      const moved = changed || model?.kind !== 'callout' || model.target !== result.element;
      setModel({ kind: 'callout', step, subIndex, targetKey: key, target: result.element, ...state });
      if (moved) {
        if (!shown.verified) result.element.scrollIntoView({ block: 'center', inline: 'nearest' });
        announce();
      }
      return;
    }
    if (shown.verified) return setModel({ kind: 'fallback', step, subIndex, targetKey: key, where: '', ...state });
    if (model?.kind === 'fallback' && model.targetKey === key && model.subIndex === subIndex && !model.verified) return;
    if (changed || model?.kind === 'callout') setModel(null);
    missingSince ??= Date.now();
    const wait = FALLBACK_AFTER_MS - (Date.now() - missingSince);
    if (wait > 0) {
      fallbackTimer = setTimeout(() => show(), wait);
      return;
    }
    if (result.status !== 'not-found' || !deps.mayShowFallback(key)) return setModel(null);
    setModel({ kind: 'fallback', step, subIndex, targetKey: key, where: '', ...state });
    announce();
    const shownModel = model;
    void deps.whereOf(key, locale()).then((where) => {
      if (model === shownModel && shownModel?.kind === 'fallback' && where) setModel({ ...shownModel, where });
    });
    const diagnosticKey = `${detection.page}|${key}`;
    if (!reportedMissing.has(diagnosticKey)) {
      reportedMissing.add(diagnosticKey);
      deps.reportMissing(step.id, key, result.tried);
    }
  }

  /** With no step of this app left: the card that says where the guide goes on, told once when it shows. */
  function elsewhereCard() {
    const card = elsewhere.model(context, detection, minimised);
    if (card && !card.minimised && model?.kind !== 'elsewhere') {
      deps.host.announce(() => {
        const words = describeElsewhere(card, { locale: locale(), t: deps.host.text });
        return `${words.done}. ${words.step}`;
      });
    }
    return card;
  }

  function setModel(next: OverlayModel | null) {
    model = next;
    draw();
  }

  /** Re-picks the step (and, for a new step or page, enters it), then shows it. */
  function sync(pageChanged: boolean) {
    clearTimeout(holdTimer);
    const usable = detection && context && !detection.shell;
    if (!presenter()) chosen = null;
    const next = usable ? (chosen ?? pickStep(context!, detection!.app, data.steps)) : null;
    // A success stays in view for a moment before the guide moves on.
    const held = step && next !== step ? verified.remaining() : 0;
    const holding = held > 0 && usable;
    upcoming = holding ? next : null;
    if (holding) {
      holdTimer = setTimeout(() => sync(pageChanged), held);
      return show();
    }
    const stepChanged = next !== step;
    step = next;
    if (stepChanged) verified.clear();
    if (!step) return show();
    if (stepChanged || pageChanged) return feed({ type: 'enter', step });
    show();
  }

  const jumper = createJump(window, () => {
    // A success points at its evidence (a Disconnect button, say): nothing there is for the user to use.
    if (model?.kind !== 'callout' || model.verified) return null;
    assessment?.jumped(model);
    return model.target;
  });
  // During a success's moment the user may already act on the next step: clicks count against it.
  const stopAssessment = assessment
    ? [assessment.watchClicks(document, pathFinder(locator, deps.host.element, () => upcoming ?? step)), assessment.onChange(() => draw())]
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
      model?.kind === 'callout' && step && progress && !presenter() && !model.verified
        ? { step, subIndex: progress.index, target: model.target, page: detection?.page ?? null }
        : null,
    locate: (key) => locator.locate(key),
    used: (index) => feed({ type: 'used', index }),
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
    /** Draws again as it is (the overlay's texts arrived). */
    redraw: () => draw(),
    /**
     * Panels that render late can put the user further along (a tab already open): follow forward. The
     * caller runs this at a slower pace than the callout itself. Never in presenter mode: the presenter
     * moves the group.
     */
    followForward() {
      if (step && detection && !minimised) feed({ type: presenter() ? 'observe' : 'follow' });
    },
    /** The DOM changed: keep the callout on a live target, or look again for a missing one. */
    onDomChange() {
      // A used control: move on as soon as the page shows its effect.
      if (progress?.used != null && !progress.verified) return feed({ type: 'observe' });
      // Fast path on every batch: the callout's target is still there and on screen.
      if (model?.kind === 'callout' && model.target.isConnected && isVisible(model.target)) return;
      show();
    },
    destroy() {
      clearTimeout(fallbackTimer);
      clearTimeout(holdTimer);
      stopShortcuts();
      jumper.stop();
      stopAdvance();
      stopAssessment.forEach((stop) => stop());
      render(null, deps.host.root);
    },
  };
}
