import { useEffect, useRef, useState } from 'preact/hooks';
import { countHint, countOffPath, currentStep, finishRun, observeProgress, startRun, type AssessmentRun } from '../../../lib/assessment/run';
import { STEP_IDS, type StepId } from '../../../lib/guide/types';
import type { Request } from '../../../lib/messaging/protocol';
import type { ProgressState } from '../../../lib/progress/types';
import { ASSESSMENT_FLAG, postToFrames, readToPage } from './link';
import { getStep } from '../../../lib/apps';
import { appOfUrl } from '../../../lib/hosts';
import { SCREEN_ID } from '../BrowserFrame';

/** Where the sandbox's assessment stands. */
export type AssessmentPhase =
  | { kind: 'off' }
  | { kind: 'setup' }
  | { kind: 'starting'; attendee: string; scope: StepId[] }
  | { kind: 'running'; run: AssessmentRun }
  | { kind: 'result'; run: AssessmentRun };

export interface AssessmentDeps {
  progress: ProgressState;
  /** Sends a change of practice progress to the background (resolves to whether it was applied). */
  request(message: Request): Promise<boolean>;
  clearScreens(): void;
  now?: () => string;
}

const setFlag = (on: boolean) => {
  try {
    if (on) sessionStorage.setItem(ASSESSMENT_FLAG, 'on');
    else sessionStorage.removeItem(ASSESSMENT_FLAG);
  } catch {
    // No session storage: the screens then show their callouts, which the result cannot hide.
  }
  postToFrames(window, 'state');
};

/**
 * The assessment's state on the sandbox page: setup, a clean start (screens and practice progress
 * reset, steps outside the scope skipped), then the run fed by practice progress and by what the
 * screens report (the step they show, hints taken with Alt+Shift+J, clicks off the path), and the
 * result once every step is done or the attendee finishes.
 */
export function useAssessment({ progress, request, clearScreens, now = () => new Date().toISOString() }: AssessmentDeps) {
  const [phase, setPhase] = useState<AssessmentPhase>({ kind: 'off' });
  /** The step each screen's guide shows now, by frame. */
  const shown = useRef(new Map<string, StepId | null>());
  const update = (change: (run: AssessmentRun) => AssessmentRun) =>
    setPhase((p) => {
      if (p.kind !== 'running') return p;
      const run = change(p.run);
      if (!currentStep(run)) {
        setFlag(false);
        return { kind: 'result', run: finishRun(run, now()) };
      }
      return run === p.run ? p : { kind: 'running', run };
    });

  // A reload or another page leaves no assessment behind in this tab.
  useEffect(() => {
    setFlag(false);
    return () => setFlag(false);
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const message = readToPage(event, location.origin);
      if (!message) return;
      if (message.kind === 'guide') shown.current.set(message.frame, message.step);
      else if (message.kind === 'jump-hint') update((run) => countHint(run, message.step));
      else update((run) => countOffPath(run, message.step));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  // Practice progress: the clean start is in once every step of the scope is open again; then each change is observed.
  useEffect(() => {
    if (phase.kind === 'starting' && phase.scope.every((id) => progress.steps[id].status === 'todo')) {
      setPhase({ kind: 'running', run: startRun(phase.attendee, phase.scope, now()) });
    } else if (phase.kind === 'running') {
      update((run) => observeProgress(run, progress.steps, now()));
    }
  }, [progress, phase.kind]);

  /** The step a screen shows now (one of the scope first), or null when no screen shows one. */
  const shownStep = (run: AssessmentRun): StepId | null => {
    const steps = [...shown.current.values()].filter((s): s is StepId => s !== null);
    return steps.find((s) => run.steps.some((r) => r.id === s && !r.doneAt)) ?? steps[0] ?? null;
  };

  return {
    phase,
    setup: () => setPhase({ kind: 'setup' }),
    cancel: () => setPhase({ kind: 'off' }),
    async start(attendee: string, scope: readonly StepId[]) {
      setFlag(true);
      setPhase({ kind: 'starting', attendee, scope: [...scope] });
      clearScreens();
      if (!(await request({ type: 'progress/reset' }))) return void (setFlag(false), setPhase({ kind: 'setup' }));
      // Steps outside the scope are out of the guide's way: it points at the scope's steps only.
      for (const id of STEP_IDS.filter((s) => !scope.includes(s))) await request({ type: 'progress/set-status', stepId: id, status: 'skipped' });
    },
    /** Takes a hint: counted for the step shown, and the screens show their callout. Returns the step it counted for. */
    hint(): StepId | null {
      if (phase.kind !== 'running') return null;
      const step = shownStep(phase.run) ?? currentStep(phase.run)?.id ?? null;
      update((run) => countHint(run, step));
      postToFrames(window, 'hint');
      return step;
    },
    finish() {
      setFlag(false);
      setPhase((p) => (p.kind === 'running' ? { kind: 'result', run: finishRun(p.run, now()) } : p));
    },
    /** After the result: back to the sandbox (the caller resets for the next attendee). */
    close: () => setPhase({ kind: 'off' }),
    /** Whether the screen shown now is of the app where `step` is done (the hint then shows its callout there). */
    onItsScreen: (step: StepId) => appOfUrl(document.getElementById(SCREEN_ID)?.dataset.address ?? '') === getStep(step).app,
  };
}
