import type { StepCount } from '../progress/count';
import { defineText } from './define-text';
import type { Locale } from './locale';

const EN = {
  countBoth: '{pDone} of {pTotal} prerequisites and {sDone} of {sTotal} steps done',
  countSteps: '{sDone} of {sTotal} steps done',
  countSkipped: ' · {skipped} skipped',
};
const DE: typeof EN = {
  countBoth: '{pDone} von {pTotal} Voraussetzungen und {sDone} von {sTotal} Schritten erledigt',
  countSteps: '{sDone} von {sTotal} Schritten erledigt',
  countSkipped: ' · {skipped} übersprungen',
};
const countText = /* @__PURE__ */ defineText(EN, DE);

/** The step count in words, the same in the popup, the sandbox and the report. */
export function describeCount(locale: Locale, count: StepCount): string {
  const params = { pDone: count.prerequisites.done, pTotal: count.prerequisites.total, sDone: count.steps.done, sTotal: count.steps.total, skipped: count.skipped };
  // A persona without prerequisites (the Salesforce Admin) is not told "0 of 0 prerequisites".
  const main = countText(locale, count.prerequisites.total > 0 ? 'countBoth' : 'countSteps', params);
  return count.skipped > 0 ? main + countText(locale, 'countSkipped', params) : main;
}
