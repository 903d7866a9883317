import { statusesOf } from '../../lib/progress/statuses';
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { GUIDE, getStep } from '../../lib/apps';
import type { Locale } from '../../lib/i18n/locale';
import { practiceText } from '../../lib/i18n/practice-text';
import { uiText } from '../../lib/i18n/ui-text';
import type { Request } from '../../lib/messaging/protocol';
import { summarizeProgress } from '../../lib/progress/summary';
import type { ProgressState } from '../../lib/progress/types';
import type { ProgressView } from '../../stores/progress-view';
import { LocaleContext } from '../locale-context';
import { LanguageSwitch } from '../popup/LanguageSwitch';
import { ProgressBar } from '../popup/ProgressBar';
import { ResetProgress } from '../popup/ResetProgress';
import { StepList } from '../popup/StepList';
import { useStoreSlice } from '../use-store';
import { addressBarKeys } from './address-bar-keys';
import { BrowserFrame, focusScreen, SCREEN_ID } from './BrowserFrame';
import { inLanguage, PRACTICE_SCREENS, stepAddress } from './screens';
import { PresenterSwitch } from '../popup/PresenterSwitch';
import { managedPrefs, practiceOffered } from '../../lib/policy/apply';
import { policyText } from '../../lib/i18n/policy-text';
import { assessmentText, type AssessmentTextKey } from '../../lib/i18n/assessment-text';
import { AssessmentPanel } from './assessment/AssessmentPanel';
import { TrainerLinks } from './assessment/TrainerLinks';
import { useAssessment } from './assessment/use-assessment';

export interface PracticeAppProps {
  /** Practice progress (not the real one). */
  view: StoreApi<ProgressView>;
  browserLocale: Locale;
  /** Sends a change to the background, which applies it to practice progress (the sender is this page). */
  send(request: Request): Promise<unknown>;
  /** Our extension's origin, where the replica screens live. */
  origin: string;
  /** Forgets every practice screen's state (Reset practice). */
  clearScreens(): void;
  /** This build's version, written into assessment result files. */
  extensionVersion: string;
}

/** Where the group is: the start of the first open step, or the first screen when all is done. */
function whereToStart(progress: ProgressState, locale: Locale): string {
  const statuses = statusesOf(progress);
  const step = GUIDE.find((s) => statuses[s.id] === 'todo');
  return step ? stepAddress(step, locale) : inLanguage(PRACTICE_SCREENS[0]!.address, locale);
}

/**
 * The practice sandbox: practice progress beside a small browser showing the replica screens, with the
 * guide running in them as on the live apps. Language, presenter mode and reset apply to practice only.
 */
export function PracticeApp({ view, browserLocale, send, origin, clearScreens, extensionVersion }: PracticeAppProps) {
  const hydrated = useStoreSlice(view, (s) => s.hydrated);
  const progress = useStoreSlice(view, (s) => s.progress);
  const policy = useStoreSlice(view, (s) => s.policy);
  const locale = progress.prefs.locale ?? browserLocale;
  const [target, setTarget] = useState<{ address: string } | null>(null);
  const [status, setStatus] = useState('');
  const pt = (key: Parameters<typeof practiceText>[1]) => practiceText(locale, key);
  const at = (key: AssessmentTextKey) => assessmentText(locale, key);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${pt('practiceTitle')} — ${uiText(locale, 'appTitle')}`;
  }, [locale]);
  // The first screen once progress is in: where the group left off.
  // Ctrl+L / Alt+D on the sandbox page itself, as in the screens.
  useEffect(() => addressBarKeys(window), []);
  useEffect(() => {
    if (hydrated) setTarget({ address: whereToStart(view.getState().progress, locale) });
  }, [hydrated]);

  const [failure, setFailure] = useState('');
  /** Sends a change; a refusal is said in the alert line. Resolves to whether it was applied. */
  const request = (message: Request) => {
    setFailure('');
    return send(message).then(
      () => true,
      (e: unknown) => (setFailure(uiText(locale, 'requestFailed', { message: e instanceof Error ? e.message : String(e) })), false),
    );
  };
  const assessment = useAssessment({ progress, request, clearScreens });
  // An assessment starts on the screen of its first step.
  const phaseKind = assessment.phase.kind;
  useEffect(() => {
    if (assessment.phase.kind === 'running') setTarget({ address: stepAddress(getStep(assessment.phase.run.steps[0]!.id), locale) });
  }, [phaseKind === 'running']);
  /** Every practice screen and practice progress reset in one action (Reset practice, Next attendee). */
  const resetAll = (done: string) => {
    clearScreens();
    void request({ type: 'progress/reset' }).then((applied) => {
      if (!applied) return;
      setStatus(done);
      setTarget({ address: inLanguage(PRACTICE_SCREENS[0]!.address, locale) });
    });
  };
  if (!hydrated) return <main aria-busy="true" class="loading">{uiText(browserLocale, 'loading')}</main>;
  if (!practiceOffered(policy.values)) {
    return (
      <main lang={locale} class="practice practice--off" data-practice-off="">
        <h1>{pt('practiceTitle')}</h1>
        <p>{policyText(locale, 'practiceOff')}</p>
      </main>
    );
  }
  const count = summarizeProgress(progress, progress.prefs.persona);
  const managed = managedPrefs(policy.values);
  return (
    <LocaleContext.Provider value={locale}>
      <div class="practice" lang={locale}>
        <header class="practice__top">
          <a
            class="skip"
            href={`#${SCREEN_ID}`}
            onClick={(e) => {
              e.preventDefault();
              focusScreen(document);
            }}
          >
            {pt('practiceSkip')}
          </a>
          <h1>{pt('practiceTitle')}</h1>
          <LanguageSwitch value={progress.prefs.locale} managed={managed.has('locale')} onChange={(value) => void request({ type: 'prefs/set', locale: value })} />
          <PresenterSwitch value={progress.prefs.presenter} managed={managed.has('presenter')} onChange={(presenter) => void request({ type: 'prefs/set', presenter })} />
        </header>
        <main>
          <p class="practice__intro">{pt('practiceIntro')}</p>
          <div class="practice__layout">
            <aside class="practice__progress" aria-labelledby={phaseKind === 'off' ? 'practice-progress' : 'assess-title'}>
              {phaseKind === 'off' ? (
                <>
                  <h2 id="practice-progress">{pt('practiceProgress')}</h2>
                  <ProgressBar count={count} />
                  <StepList
                    guide={GUIDE}
                    progress={progress}
                    persona="both"
                    onSetStatus={(stepId, stepStatus) => void request({ type: 'progress/set-status', stepId, status: stepStatus })}
                    onOpen={async (stepId) => {
                      const address = stepAddress(getStep(stepId), locale);
                      setTarget({ address });
                      return { opened: 'existing-tab', url: address };
                    }}
                  />
                  <ResetProgress texts={{ button: pt('practiceReset'), question: pt('practiceResetQuestion') }} onReset={() => resetAll(pt('practiceResetDone'))} />
                  <TrainerLinks onAssess={assessment.setup} />
                </>
              ) : (
                <AssessmentPanel
                  assessment={assessment}
                  extensionVersion={extensionVersion}
                  locale={locale}
                  onNext={() => {
                    resetAll(at('assessNextDone'));
                    assessment.setup();
                  }}
                />
              )}
              <p role="status" class="practice__status">
                {status}
              </p>
              <p role="alert" class="failure">
                {failure}
              </p>
              <p class="practice__keys">{pt('practiceKeys')}</p>
            </aside>
            {target && <BrowserFrame target={target} origin={origin} />}
          </div>
        </main>
      </div>
    </LocaleContext.Provider>
  );
}
