import { useRef, useState } from 'preact/hooks';
import { checkCredentialSet, hasNoErrors, identityOrigin } from '../../lib/credentials';
import type { CredentialSet, Finding, LiveCheckVerdict } from '../../lib/credentials';
import type { CredentialCheckResult, Request } from '../../lib/messaging/protocol';

/** What the page needs from the extension; injected so the page can be tested without a browser. */
export interface CredentialsDeps {
  /** Sends the check to the background, which runs the format checks and (with `live`) the live check. */
  check(request: Request<'credentials/check'>): Promise<CredentialCheckResult>;
  /**
   * Asks the browser for the optional host permission. Browsers show their prompt only during a user
   * gesture, so this is called synchronously from the click, before anything is awaited.
   */
  requestPermission(origins: string[]): Promise<boolean>;
  /** False when the organisation turned the live check off: no prompt; the background's verdict says why. */
  liveAllowed?(): boolean;
}

export type CredentialKey = keyof CredentialSet;

/** What is going on: nothing, the browser's permission prompt is open, or the check is running. */
export type Phase = { kind: 'idle' } | { kind: 'asking'; host: string } | { kind: 'checking' };

/** The last answer, and why the live check did not run when it did not. */
export interface Outcome {
  findings: readonly Finding[];
  live: LiveCheckVerdict | null;
  /**
   * `skipped`: not attempted because of format errors. `ready`: the format is right now (after a Fix) and
   * Check runs the live test. `refused`: the browser did not grant access to `host`.
   */
  liveNote: { kind: 'skipped' | 'ready' } | { kind: 'refused'; host: string } | null;
}

const EMPTY: CredentialSet = { munchkinId: '', clientId: '', clientSecret: '' };

/**
 * State and actions of the credentials page. The values live in component state only: never in
 * storage, the URL or a log. Fix values are recomputed here from the current values (the background's
 * findings do not carry values taken from pasted text).
 */
export function useCredentialCheck(deps: CredentialsDeps) {
  const [values, setValues] = useState<CredentialSet>(EMPTY);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Answers to an older run (values changed since) are dropped.
  const runId = useRef(0);

  const send = (set: CredentialSet, live: boolean, permission: Promise<boolean>, host: string | null) => {
    const id = ++runId.current;
    setFailure(null);
    void permission
      .then((granted) => {
        if (id !== runId.current) return null;
        setPhase({ kind: 'checking' });
        return deps.check({ type: 'credentials/check', ...set, live }).then((result) => ({ result, granted }));
      })
      .then((answer) => {
        if (!answer || id !== runId.current) return;
        const refused = !answer.granted && host && answer.result.live?.outcome !== 'turned-off';
        // Without a live test, the live section says why: format errors first, or (after a Fix) that Check runs it.
        const liveNote = !live ? { kind: hasNoErrors(answer.result.findings) ? ('ready' as const) : ('skipped' as const) } : refused ? { kind: 'refused' as const, host } : null;
        setOutcome({ findings: answer.result.findings, live: answer.result.live, liveNote });
      })
      .catch((error: unknown) => {
        if (id === runId.current) setFailure(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        if (id === runId.current) setPhase({ kind: 'idle' });
      });
  };

  /**
   * Format checks, and the live check once the format is right, of `set`. Call it from a click: the
   * browser's permission prompt needs the click's user activation.
   */
  const checkNow = (set: CredentialSet) => {
    const origin = identityOrigin(set.munchkinId);
    const live = origin !== null && hasNoErrors(checkCredentialSet(set));
    const host = origin ? origin.slice('https://'.length) : null;
    const allowed = deps.liveAllowed?.() ?? true;
    // Asked first, synchronously: after an await the click's user activation may be gone.
    const permission = live && allowed ? deps.requestPermission([`${origin}/*`]).catch(() => false) : Promise.resolve(false);
    setPhase(live && allowed && host ? { kind: 'asking', host } : { kind: 'checking' });
    send(set, live, permission, host);
  };

  /** The Check button. */
  const check = () => checkNow(values);

  /** Changes one value; the previous answer no longer describes the values, so it goes. */
  const edit = (key: CredentialKey, value: string) => {
    runId.current++;
    setValues((v) => ({ ...v, [key]: value }));
    setOutcome(null);
    setPhase({ kind: 'idle' });
  };

  /**
   * Applies the safe fix of a finding (both values for a swap) and checks the format again. Returns the
   * field to move focus to, or null when the finding no longer applies to the current values.
   */
  const applyFix = (target: Finding): CredentialKey | null => {
    const kind = target.fix?.kind;
    if (!kind) return null;
    const matching = checkCredentialSet(values).filter((f) => f.fix?.kind === kind && (kind === 'swap' || (f.field === target.field && f.code === target.code)));
    if (matching.length === 0) return null;
    const next: Record<CredentialKey, string> = { ...values };
    for (const f of matching) {
      // Read directly: fix values taken from pasted text are non-enumerable (see Fix).
      if (f.field in next && f.fix) next[f.field as CredentialKey] = f.fix.value;
    }
    setValues(next);
    // The format is checked again; the live test waits for Check (a Fix sends nothing to Marketo).
    send(next, false, Promise.resolve(false), null);
    return target.field as CredentialKey;
  };

  return { values, phase, outcome, failure, edit, check, applyFix };
}
