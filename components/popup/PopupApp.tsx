import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { GUIDE } from '../../lib/apps';
import type { Locale } from '../../lib/i18n/locale';
import type { OpenStepResult, Request } from '../../lib/messaging/protocol';
import type { StepId } from '../../lib/guide/types';
import type { PageDetection } from '../../lib/pages/types';
import { summarizeProgress } from '../../lib/progress/summary';
import type { ProgressView } from '../../stores/progress-view';
import { LocaleContext } from '../locale-context';
import { useStoreSlice } from '../use-store';
import { uiText } from '../../lib/i18n/ui-text';
import { LanguageSwitch } from './LanguageSwitch';
import { PersonaFilter } from './PersonaFilter';
import { ProgressBar } from './ProgressBar';
import { NextUp } from './NextUp';
import { ResetProgress } from './ResetProgress';
import { StepList } from './StepList';
import { YouAreHere } from './YouAreHere';
import { PAGE_LINKS } from './page-links';
import { StoredProblemNotice } from '../StoredProblemNotice';
import { PresenterSwitch } from './PresenterSwitch';
import { AccessNotice } from './AccessNotice';
import { HandoffLink } from './HandoffLink';
import { PracticeBanner } from './PracticeBanner';
import type { HostAccessDeps } from '../onboarding/use-host-access';
import { OrganisationSettings } from '../policy/OrganisationSettings';
import { managedPrefs, practiceOffered } from '../../lib/policy/apply';

export interface PopupAppProps {
  view: StoreApi<ProgressView>;
  browserLocale: Locale;
  /** What the current tab shows (`practice`: a replica screen of the practice sandbox); undefined while asking. */
  where: (PageDetection & { practice?: true }) | null | undefined;
  /** The practice sandbox's progress, shown instead of real progress on a practice tab. */
  practice?: StoreApi<ProgressView> | null;
  /** Sends a change to the background (the one writer); rejects with a readable message. */
  send(request: Request): Promise<unknown>;
  /** "Go to step": asks the background to open or focus the step's page. */
  openStep(stepId: StepId, host?: string): Promise<OpenStepResult>;
  /** Host access (Firefox's opt-in sites): the popup says when the guide cannot run for want of it. */
  access?: HostAccessDeps;
}

/** The popup: where you are, overall progress, filters, and the checklist. */
export function PopupApp({ view, browserLocale, where, send, openStep, access, practice }: PopupAppProps) {
  const hydrated = useStoreSlice(view, (s) => s.hydrated);
  const progress = useStoreSlice(view, (s) => s.progress);
  const problem = useStoreSlice(view, (s) => s.problem);
  const policy = useStoreSlice(view, (s) => s.policy);
  const [failure, setFailure] = useState<string | null>(null);
  const [showReal, setShowReal] = useState(false);
  const locale = progress.prefs.locale ?? browserLocale;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const request = (message: Request) => {
    setFailure(null);
    send(message).catch((e: unknown) =>
      setFailure(uiText(locale, 'requestFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  };

  if (!hydrated) {
    return (
      <main aria-busy="true" class="loading">
        <p>{uiText(browserLocale, 'loading')}</p>
      </main>
    );
  }
  const count = summarizeProgress(progress, progress.prefs.persona);
  const managed = managedPrefs(policy.values);
  const links = PAGE_LINKS.filter((link) => link.page !== 'practice.html' || practiceOffered(policy.values));
  // On a practice tab the practice comes first; real progress stays one click away.
  const practiceTab = where?.practice === true && practice ? practice : null;
  const real = !practiceTab || showReal;
  return (
    <LocaleContext.Provider value={locale}>
      <main lang={locale} data-hydrated="true">
        <header class="top">
          <h1>{uiText(locale, 'appTitle')}</h1>
          <LanguageSwitch value={progress.prefs.locale} managed={managed.has('locale')} onChange={(value) => request({ type: 'prefs/set', locale: value })} />
        </header>
        {/* The tools on one row at the top: checking credentials or a CSV is what admins come back for. */}
        {links.length > 0 && (
          <nav aria-label={uiText(locale, 'toolsLabel')} class="tools">
            {links.map((link) => (
              <a key={link.page} href={`/${link.page}`} target="_blank" rel="noreferrer">
                {uiText(locale, link.label)}
              </a>
            ))}
          </nav>
        )}
        <StoredProblemNotice problem={problem} locale={locale} />
        <YouAreHere where={where} />
        {access && <AccessNotice access={access} />}
        {practiceTab && <PracticeBanner guide={GUIDE} practice={practiceTab} />}
        {practiceTab && (
          <button type="button" class="show-real" aria-expanded={showReal} aria-controls="real-progress" onClick={() => setShowReal(!showReal)}>
            {uiText(locale, 'practiceShowReal')}
          </button>
        )}
        <div role="alert" class="failure">
          {failure}
        </div>
        {/* Hidden rather than left out: the toggle above always names what it shows. */}
        <div id="real-progress" class="real-progress" hidden={!real}>
          <NextUp guide={GUIDE} progress={progress} persona={progress.prefs.persona} onOpen={openStep} />
          <ProgressBar count={count} />
          <PersonaFilter value={progress.prefs.persona} managed={managed.has('persona')} onChange={(persona) => request({ type: 'prefs/set', persona })} />
          <PresenterSwitch value={progress.prefs.presenter} managed={managed.has('presenter')} onChange={(presenter) => request({ type: 'prefs/set', presenter })} />
          <OrganisationSettings policy={policy} locale={locale} />
          <StepList
            guide={GUIDE}
            progress={progress}
            persona={progress.prefs.persona}
            onSetStatus={(stepId, status) => request({ type: 'progress/set-status', stepId, status })}
            onOpen={openStep}
          />
          <HandoffLink progress={progress} persona={progress.prefs.persona} />
          <footer>
            <ResetProgress onReset={() => request({ type: 'progress/reset' })} />
          </footer>
        </div>
      </main>
    </LocaleContext.Provider>
  );
}
