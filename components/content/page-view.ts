import type { GuideAppData } from '../../lib/guide/app-data';
import type { PageView, RuleSeen, TargetSeen } from '../../lib/guide/progression';
import type { GuideStep } from '../../lib/guide/types';
import type { LocateResult } from '../../lib/locator/types';
import type { PageId } from '../../lib/pages/types';
import type { AppLocator } from './app-locator';

/** The control an element belongs to: the target may be a button's inner label (ExtJS) or the control itself. */
const CONTROL = 'button, input, select, textarea, a, [role="button"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="option"]';
/** Host classes that mark a disabled control: ExtJS 3/4 (`x-item-disabled`, `x4-btn-disabled`), Bootstrap and SLDS (`disabled`). */
const DISABLED_CLASS = /(?:^|\s)(?:x4?-(?:item|btn)-disabled|x4?-disabled|disabled|slds-is-disabled)(?:\s|$)/;

/**
 * Is the target's control on screen but not usable yet (disabled, `aria-disabled`, or a host's disabled
 * class)? Only controls count: a read-out whose class says "status disabled" is not a disabled control.
 */
export function isDisabledControl(element: Element): boolean {
  const control = element.closest(CONTROL);
  if (!control) return false;
  return control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true' || DISABLED_CLASS.test(control.getAttribute('class') ?? '');
}

/**
 * The guide progression's view of this frame for one step: each probe locates once per view, so a
 * view must not outlive the DOM batch it was made for.
 */
export function createPageView(
  data: GuideAppData,
  step: GuideStep,
  page: PageId,
  locator: AppLocator,
  proven: readonly string[],
): PageView & { located(key: string): LocateResult } {
  const results = new Map<string, LocateResult>();
  const located = (key: string) => {
    let result = results.get(key);
    if (!result) results.set(key, (result = locator.locate(key)));
    return result;
  };
  const rules = new Map<string, RuleSeen>();
  return {
    page,
    located,
    target(key): TargetSeen {
      const result = located(key);
      if (result.status === 'route') return 'route';
      if (result.status !== 'found') return 'missing';
      return isDisabledControl(result.element) ? 'disabled' : 'found';
    },
    rule(ruleId) {
      let seen = rules.get(ruleId);
      if (seen) return seen;
      const rule = step.completion.rules.find((r) => r.id === ruleId);
      // Only a rule of this page can hold "now": the same control on another page proves nothing.
      const here = rule !== undefined && data.targets[rule.target]?.page === page && locator.holds(rule.check, rule.target);
      seen = here ? 'now' : proven.includes(ruleId) ? 'proven' : 'no';
      rules.set(ruleId, seen);
      return seen;
    },
  };
}
