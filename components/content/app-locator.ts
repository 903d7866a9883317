import type { GuideAppData } from '../../lib/guide/app-data';
import type { EvidenceCheck } from '../../lib/guide/types';
import { evaluateEvidence } from '../../lib/locator/evidence';
import { locateTarget } from '../../lib/locator/locate';
import type { LocateContext, LocateResult } from '../../lib/locator/types';
import type { PageId } from '../../lib/pages/types';

/** Locating by target key within one app's registry, on this frame's document and page. */
export function createAppLocator(data: GuideAppData, page: () => PageId | null) {
  /** Scope targets (dialog titles) found on screen so far in this frame. */
  const shown = new Set<string>();
  const context = (): LocateContext => ({ root: document, page: page(), elementOf, wasShown: (key) => shown.has(key) });
  function locate(key: string): LocateResult {
    const def = data.targets[key];
    return def ? locateTarget(def, context()) : { status: 'not-found', tried: [] };
  }
  /** The element of a target, for `within` scopes (a dialog identified by its title). */
  function elementOf(key: string): Element | null {
    const result = locate(key);
    if (result.status !== 'found') return null;
    shown.add(key);
    return result.element;
  }
  return {
    locate,
    /** Does the completion check hold for the target now? (true/false only: no page text leaves here) */
    holds(check: EvidenceCheck, key: string): boolean {
      const def = data.targets[key];
      return def !== undefined && evaluateEvidence(check, def, context());
    },
  };
}

export type AppLocator = ReturnType<typeof createAppLocator>;
