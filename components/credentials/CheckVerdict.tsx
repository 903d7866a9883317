import { plural } from '../../lib/i18n/define-text';
import { useText } from '../use-text';
import { credentialsText } from './text';
import { FIELD_LABELS, type Finding, type LiveCheckVerdict } from '../../lib/credentials';
import { FIX_LABELS } from '../../lib/credentials/fix-labels';
import type { CredentialKey, Outcome, Phase } from './use-credential-check';

export interface CheckVerdictProps {
  phase: Phase;
  outcome: Outcome | null;
  failure: string | null;
  onFix(finding: Finding): void;
}

const KEYS: readonly CredentialKey[] = ['munchkinId', 'clientId', 'clientSecret'];

/**
 * The verdict, in one polite live region so a screen reader hears each new result: a summary, the
 * findings per field (with their Fix buttons) and the answer from Marketo.
 */
export function CheckVerdict({ phase, outcome, failure, onFix }: CheckVerdictProps) {
  const { t } = useText(credentialsText);
  return (
    <section class="verdict" aria-labelledby="verdict-title">
      <h2 id="verdict-title">{t('verdictTitle')}</h2>
      <div role="status" aria-live="polite" data-phase={phase.kind}>
        {phase.kind === 'asking' && <p>{t('askingPermission', { host: phase.host })}</p>}
        {phase.kind === 'checking' && <p>{t('checking')}</p>}
        {phase.kind === 'idle' && failure && <p class="verdict__failure">{t('failed', { message: failure })}</p>}
        {phase.kind === 'idle' && !failure && !outcome && <p class="muted">{t('nothingYet')}</p>}
        {phase.kind === 'idle' && !failure && outcome && <Result outcome={outcome} onFix={onFix} />}
      </div>
    </section>
  );
}

/**
 * The findings listed under a field. A swap is one mistake reported on both fields: it is said once, under
 * the first of the two (the second says where to look).
 */
function findingsOf(findings: readonly Finding[], key: CredentialKey) {
  const mine = findings.filter((f) => f.field === key);
  const swapFirst = findings.find((f) => f.code === 'swapped-id-secret')?.field;
  const own = swapFirst && swapFirst !== key ? mine.filter((f) => f.code !== 'swapped-id-secret') : mine;
  return { own, swappedAbove: own.length < mine.length };
}

function Result({ outcome, onFix }: { outcome: Outcome; onFix(finding: Finding): void }) {
  const { locale, t } = useText(credentialsText);
  const { findings } = outcome;
  const failing = KEYS.filter((k) => findings.some((f) => f.field === k && f.severity === 'error')).length;
  const summary = failing > 0 ? plural(credentialsText, locale, 'summaryErrors', failing) : findings.length > 0 ? t('summaryWarnings') : t('summaryOk');
  return (
    <>
      <p class={`verdict__summary verdict__summary--${failing > 0 ? 'error' : findings.length > 0 ? 'warning' : 'ok'}`} data-summary="">
        {summary}
      </p>
      <ul class="verdict__fields">
        {KEYS.map((key) => {
          const { own, swappedAbove } = findingsOf(findings, key);
          return (
            <li key={key} data-field={key} data-verdict={swappedAbove || own.some((f) => f.severity === 'error') ? 'error' : own.length ? 'warning' : 'ok'}>
              <strong>{FIELD_LABELS[key][locale]}</strong>
              {own.length === 0 && !swappedAbove ? (
                <span> {t('fieldOk')}</span>
              ) : (
                <ul>
                  {own.map((f) => (
                    <li key={f.code} data-code={f.code} class={`finding finding--${f.severity}`}>
                      <span>{f.message[locale]}</span>
                      {f.fix && (
                        <button type="button" onClick={() => onFix(f)}>
                          {t('fixPrefix', { label: FIX_LABELS[f.fix.kind][locale] })}
                        </button>
                      )}
                    </li>
                  ))}
                  {swappedAbove && (
                    <li data-code="swapped-id-secret" class="finding finding--error">
                      <span>{t('fieldSwapped')}</span>
                    </li>
                  )}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <LiveResult outcome={outcome} />
    </>
  );
}

function LiveResult({ outcome }: { outcome: Outcome }) {
  const { locale, t } = useText(credentialsText);
  const { live, liveNote } = outcome;
  const waiting = liveNote?.kind === 'skipped' || liveNote?.kind === 'ready' ? liveNote.kind : null;
  if (!live && !waiting) return null;
  return (
    <div class={`live live--${live?.outcome ?? waiting}`} data-live={live?.outcome ?? waiting}>
      <h3>{t('liveTitle')}</h3>
      {live ? <p>{live.message[locale]}</p> : <p>{t(waiting === 'ready' ? 'liveReady' : 'liveSkipped')}</p>}
      {live && <ValidDetails live={live} />}
      {liveNote?.kind === 'refused' && <p class="live__hint">{t('refusedHint', { host: liveNote.host })}</p>}
    </div>
  );
}

function ValidDetails({ live }: { live: LiveCheckVerdict }) {
  const { t } = useText(credentialsText);
  if (live.outcome !== 'valid') return null;
  return (
    <ul class="live__details">
      {live.apiUser && <li>{t('liveApiUser', { user: live.apiUser })}</li>}
      <li>{t('liveLifetime', { seconds: live.expiresInSeconds, minutes: Math.round(live.expiresInSeconds / 60) })}</li>
    </ul>
  );
}
