import { describe, expect, it } from 'vitest';
import type { AppPageTexts } from '../../lib/guide/page-texts';
import type { SalesforceRuleId, SalesforceStepId, SalesforceTargetKey } from '../../lib/apps/salesforce';
import { SALESFORCE_PAGE_TEXTS } from '../../lib/apps/salesforce/page-texts';
import type { StepId } from '../../lib/guide/types';
import type { MarketoStepId } from '../../lib/apps/marketo';
import type { SiaStepId } from '../../lib/apps/sales-insight-actions';

/**
 * Compile-time completeness of the page-only texts, proven by `npm run typecheck`: each
 * `@ts-expect-error` below must meet an error, or the type check fails ("unused directive").
 */
type Texts = AppPageTexts<SalesforceStepId, SalesforceRuleId, SalesforceTargetKey>;
const { steps, rules, notices, where } = SALESFORCE_PAGE_TEXTS;

// A step without its summary does not compile.
// @ts-expect-error 'configure-msi-salesforce' is missing
const missingStep: Texts['steps'] = { 'install-msi-package': steps['install-msi-package'] };

// A misspelt rule id does not compile either.
const misspeltRule: Texts['rules'] = {
  ...rules,
  // @ts-expect-error no such rule in Salesforce's steps
  's8-remote-site-imss': rules['s8-remote-site-ims'],
};

// A target of another app is not one of Salesforce's keys.
// @ts-expect-error 'marketo.admin-nav' is not a Salesforce target
const foreignTarget: Texts['where'] = { ...where, 'marketo.admin-nav': where['sfdc.setup.quick-find'] };

// The per-app step ids together are exactly the guide's STEP_IDS (both directions).
type Union = MarketoStepId | SiaStepId | SalesforceStepId;
const everyStepIsInAnApp: Union = 'prereq-msi-enabled' as StepId;
const everyAppStepIsAStep: StepId = 'install-msi-package' as Union;

describe('page-only texts are typed against each app’s own keys', () => {
  it('the fixtures above are the texts they claim to be (the type check is the real test)', () => {
    expect(Object.keys(missingStep)).toEqual(['install-msi-package']);
    expect(Object.keys(misspeltRule)).toContain('s8-remote-site-imss');
    expect(Object.keys(foreignTarget)).toContain('marketo.admin-nav');
    expect([everyStepIsInAnApp, everyAppStepIsAStep, Object.keys(notices).length]).toEqual(['prereq-msi-enabled', 'install-msi-package', 2]);
  });
});
