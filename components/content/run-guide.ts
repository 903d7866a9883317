import { browser } from 'wxt/browser';
import type { GuideAppData } from '../../lib/guide/app-data';
import { localeFromLanguageTag } from '../../lib/i18n/locale';
import { createDomWatch } from '../../lib/locator/dom-watch';
import type { FrameAddress } from '../../lib/pages/signals';
import type { PageDetection } from '../../lib/pages/types';
import { PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { APP_NAMES } from '../../lib/pages/names';
import { createBackgroundLink } from './background-link';
import { createEvidenceWatch } from './evidence-watch';
import { hasGuidedChildFrame } from './frames';
import type { GuideAssessment } from './guide-assessment';
import { createGuideSession } from './guide-session';
import { createOverlayHost } from './overlay-host';
import { watchPage } from './page-watch';
import { startAssists, type Assist } from './assists';
import { atMostEvery, SLOW_WORK_MS } from './rate-limit';
import { inOnePass } from '../../lib/locator/one-pass';

/** Where the guide runs: a live app's frame (the defaults), or a replica frame of the practice sandbox. */
export interface GuideFrameOptions {
  /** Stands in for the frame's location (the practice sandbox: the real-app address). */
  address?: () => FrameAddress;
  /** The storage key of the progress this frame follows. */
  progressKey?: string;
  /** Does this document embed a frame of a guided app? (The sandbox's frames stand for their address.) */
  hasGuidedChildFrame?: (doc: Document) => boolean;
  /**
   * Whether this frame answers "Verify now" (real progress). The practice sandbox's frames never do:
   * what a replica shows proves nothing about the customer's apps.
   */
  answersVerify?: boolean;
  /**
   * Whether the "next up, elsewhere" card may open the next step's app (real progress). The sandbox
   * opens its own screens: there the card says where the guide goes on, without the button.
   */
  opensSteps?: boolean;
  /** The practice sandbox's assessment mode (hidden callouts, hints, off-path clicks). */
  assessment?: GuideAssessment;
  /** Assists that run from the start (the sandbox's frames, which the background cannot inject into). */
  assists?: readonly Assist[];
}

/**
 * Runs the guide in one frame of a host app: detects the page, shows the callouts for `data`'s steps,
 * and reports page evidence. Shared by the per-app content scripts and the practice sandbox; returns
 * the function that stops everything (the extension was reloaded or removed, the replica frame left).
 */
export function runGuide(data: GuideAppData, options: GuideFrameOptions = {}): () => void {
  const host = createOverlayHost();
  const link = createBackgroundLink(options.progressKey ?? PROGRESS_STORAGE_KEY);
  const isTop = () => (options.address ? !options.address().inFrame : window.top === window);
  // One shared observer for page detection, the guide and evidence; our own overlay is ignored.
  const watch = createDomWatch(document.documentElement, {
    throttleMs: 50,
    frameAligned: true,
    ignore: (node) => node === host.element || host.element.contains(node),
  });
  const session = createGuideSession(data, {
    host,
    defaultLocale: () => localeFromLanguageTag(document.documentElement.lang || browser.i18n.getUILanguage()),
    markDone: (stepId) => link.send({ type: 'progress/set-status', stepId, status: 'done' }),
    whereOf: (target, locale) => link.ask({ type: 'guide/where', target, locale }),
    proofOf: (ruleId, locale) => link.ask({ type: 'guide/proof', ruleId, locale }),
    noticesOf: (stepId) => link.ask({ type: 'guide/notices', stepId }),
    reportMissing: (stepId, target, tried) => link.send({ type: 'diagnostic/target-missing', stepId, target, tried }),
    assessment: options.assessment,
    // A child frame speaks only for targets of its own page; the top frame for any, unless it hosts one.
    elsewhere: {
      app: data.app,
      appName: APP_NAMES[data.app],
      openStep: options.opensSteps === false ? null : (stepId) => link.ask({ type: 'guide/open-step', stepId }),
      // One card per tab: the top frame's, or Marketo's inside the Experience Cloud shell (which shows none).
      speaksForTab: (detection) => isTop() || detection.embedded === true,
    },
    mayShowFallback: (key) => !(options.hasGuidedChildFrame ?? hasGuidedChildFrame)(document) && (isTop() || data.targets[key]?.page === page?.page),
  });
  const evidence = createEvidenceWatch(data, (stepId, ruleId) => link.send({ type: 'evidence/seen', stepId, ruleId }));

  let page: PageDetection | null = null;
  // Evidence must hold 400 ms anyway: reading it every few hundred ms spares re-rendering hosts.
  const locale = () => link.context()?.locale ?? localeFromLanguageTag(document.documentElement.lang || browser.i18n.getUILanguage());
  const contextListeners = new Set<() => void>();
  const onContext = (listener: () => void) => (contextListeners.add(listener), () => void contextListeners.delete(listener));
  const presenter = () => link.context()?.presenter ?? false;
  const assists = startAssists({ data, watch, page: () => page, locale, presenter, onContext, overlayRoot: host.shadow, targetOf: host.targetOf }, (bundle) =>
    link.send({ type: 'assist/load', bundle }),
    options.assists,
  );
  // Work that need not follow every batch, in one pass: evidence and following forward read the same targets.
  const slowWork = atMostEvery(SLOW_WORK_MS, () =>
    inOnePass(() => {
      const context = link.context();
      // The Experience Cloud shell only hosts Marketo's frame; evidence is read in that frame.
      if (page && context && !page.shell) evidence.check(page, context.statuses);
      session.followForward();
    }),
  );
  const checkEvidence = slowWork.run;

  const stopPage = watchPage(watch, data.detectors, (detection) => {
    page = detection;
    link.send({ type: 'page/seen', detection });
    session.setPage(detection);
    assists.onPage(detection);
    checkEvidence();
  }, options.address);
  const stopDom = watch.subscribe(() => {
    session.onDomChange();
    slowWork.runInThisFrame();
  });
  // The Experience Cloud shell shows no rule of its own; the Marketo frame inside it answers.
  const stopVerify = options.answersVerify === false ? () => undefined : link.onVerify(() => (page && !page.shell ? evidence.readAll(page) : []));
  // The look is asked for at start and, should the worker have been restarting, with each context.
  const styleOverlay = () => {
    if (host.styled) return;
    void link.ask({ type: 'overlay/look' }).then((look) => {
      if (!look || host.styled) return;
      host.applyLook(look);
      session.redraw();
    });
  };
  styleOverlay();
  const stopContext = link.onContext((context) => {
    styleOverlay();
    session.setContext(context);
    contextListeners.forEach((listener) => listener());
    checkEvidence();
  });

  return () => {
    assists.stop();
    stopPage();
    stopDom();
    stopContext();
    stopVerify();
    evidence.stop();
    slowWork.cancel();
    watch.dispose();
    session.destroy();
    host.destroy();
  };
}
