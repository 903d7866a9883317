import { useEffect, useRef, useState } from 'preact/hooks';
import { getStep } from '../../lib/apps';
import type { StepId } from '../../lib/guide/types';
import type { Locale } from '../../lib/i18n/locale';
import type { OpenStepResult, VerifyResult } from '../../lib/messaging/protocol';
import { APP_NAMES, PAGE_NAMES } from '../../lib/pages/names';
import type { PageId } from '../../lib/pages/types';
import { useHashTarget } from './use-hash-target';
import { verifyText, type VerifyTextKey } from '../../lib/report/verify-text';

export interface VerifyNowProps {
  locale: Locale;
  /** Asks the background to re-check every open guided page (records fresh evidence). */
  verify(): Promise<VerifyResult>;
  /** Opens the page where a step starts (the popup's "Go to step"). */
  openStep(stepId: StepId): Promise<OpenStepResult>;
}

/** After opening a page: check again this often, this many times, until the step's page answers. */
const RECHECK_MS = 1500;
const RECHECKS = 12;

/**
 * "Check my setup": Verify now, its outcome per step, and for a step whose page is not open an offer to
 * open it (after asking) and check it once it has loaded.
 */
export function VerifyNow({ locale, verify, openStep }: VerifyNowProps) {
  const t = (key: VerifyTextKey, params?: Record<string, string | number>) => verifyText(locale, key, params);
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [at, setAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<StepId | null>(null);
  const [note, setNote] = useState('');
  // The popup's completion view links to report.html#verify.
  const section = useHashTarget<HTMLElement>('verify');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const run = async () => {
    setBusy(true);
    try {
      const next = await verify();
      setResult(next);
      setAt(new Date().toLocaleTimeString(locale));
      return next;
    } catch (e) {
      setNote(t('verifyFailed', { message: e instanceof Error ? e.message : String(e) }));
      throw e;
    } finally {
      setBusy(false);
    }
  };
  /** Checks again until the step's page answers (it is loading in the new tab). */
  const recheck = (stepId: StepId, left: number) => {
    timer.current = setTimeout(async () => {
      const next = await run().catch(() => null);
      const found = next?.steps.find((s) => s.stepId === stepId)?.outcome !== 'no-page';
      if (found) setNote('');
      else if (left > 1) recheck(stepId, left - 1);
    }, RECHECK_MS);
  };
  const open = async (stepId: StepId) => {
    setAsking(null);
    const opened = await openStep(stepId).catch(() => null);
    if (opened && 'needsHost' in opened) return setNote(t('openNeedsHost', { app: APP_NAMES[opened.needsHost][locale] }));
    setNote(t('openWaiting'));
    recheck(stepId, RECHECKS);
  };

  const where = (host?: string, page?: PageId) => (page ? `${PAGE_NAMES[page][locale]} (${host})` : '');
  const count = (outcome: string) => result?.steps.filter((s) => s.outcome === outcome).length ?? 0;
  return (
    <section id="verify" ref={section} tabIndex={-1} class="verify" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('verifyTitle')}</h2>
      <p class="hint">{t('verifyHint')}</p>
      <button type="button" class="primary" onClick={() => {
          setNote('');
          void run().catch(() => undefined); // the failure is said in the status line
        }} disabled={busy} aria-describedby="verify-status">
        {t('verifyNow')}
      </button>
      <p id="verify-status" role="status" class="message">
        {busy
          ? t('verifying')
          : result &&
            (result.checkedFrames === 0
              ? t('verifyNone')
              : t('verifySummary', { frames: result.checkedFrames, time: at, confirmed: count('confirmed'), notSeen: count('not-seen'), noPage: count('no-page') }))}{' '}
        {note}
      </p>
      {result && (
        <ul class="verify__steps">
          {result.steps.map(({ stepId, outcome, host, page }) => (
            <li key={stepId} data-step={stepId} data-outcome={outcome}>
              <strong>{getStep(stepId).title[locale]}</strong>:{' '}
              {outcome === 'confirmed' ? t('outcomeConfirmed', { where: where(host, page) }) : outcome === 'not-seen' ? t('outcomeNotSeen', { where: where(host, page) }) : t('outcomeNoPage')}
              {outcome === 'no-page' && asking !== stepId && (
                <button type="button" onClick={() => setAsking(stepId)}>
                  {t('openAndCheck')}
                </button>
              )}
              {asking === stepId && (
                <div role="alertdialog" aria-labelledby={`open-${stepId}`} class="confirm">
                  <p id={`open-${stepId}`}>{t('openQuestion', { title: getStep(stepId).title[locale] })}</p>
                  <button type="button" class="primary" onClick={() => void open(stepId)}>
                    {t('openConfirm')}
                  </button>
                  <button type="button" autoFocus onClick={() => setAsking(null)}>
                    {t('openCancel')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
