import { describe, expect, it } from 'vitest';
import { MARKETO_APP } from '../../lib/apps/marketo';
import { SALESFORCE_APP } from '../../lib/apps/salesforce';
import { SIA_APP } from '../../lib/apps/sales-insight-actions';
import { getStep } from '../../lib/apps';
import { pickStep, startSubStep, stepPosition } from '../../lib/guide/runner';
import { STEP_IDS, type StepId } from '../../lib/guide/types';
import type { GuideContext } from '../../lib/messaging/protocol';
import type { StepStatus } from '../../lib/progress/types';

function context(done: StepId[] = [], extra: Partial<GuideContext> = {}): GuideContext {
  const statuses = Object.fromEntries(STEP_IDS.map((id) => [id, done.includes(id) ? 'done' : 'todo'])) as Record<StepId, StepStatus>;
  return { statuses, locale: null, persona: 'both', presenter: false, focus: null, proven: {}, nextUp: null, ...extra };
}
const indexOf = (stepId: StepId, subId: string) => getStep(stepId).subSteps.findIndex((s) => s.id === subId);

describe('pickStep', () => {
  it('picks the first open step of the app, in guide order', () => {
    expect(pickStep(context(), 'marketo', MARKETO_APP.steps)?.id).toBe('prereq-msi-enabled');
    expect(pickStep(context(['prereq-msi-enabled', 'prereq-salesforce-sync']), 'marketo', MARKETO_APP.steps)?.id).toBe('setup-sales-account');
    expect(pickStep(context(['connect-salesforce']), 'sales-insight-actions', SIA_APP.steps)?.id).toBe('connect-marketo');
  });

  it('skips skipped steps and returns null when the app has nothing left', () => {
    const ctx = context(['install-msi-package']);
    ctx.statuses['configure-msi-salesforce'] = 'skipped';
    expect(pickStep(ctx, 'salesforce', SALESFORCE_APP.steps)).toBeNull();
  });

  it('prefers the step chosen with "Go to step" when it belongs to the app and is open', () => {
    expect(pickStep(context([], { focus: 'start-data-sync' }), 'marketo', MARKETO_APP.steps)?.id).toBe('start-data-sync');
    expect(pickStep(context([], { focus: 'invite-users' }), 'marketo', MARKETO_APP.steps)?.id).toBe('prereq-msi-enabled');
    expect(pickStep(context(['start-data-sync'], { focus: 'start-data-sync' }), 'marketo', MARKETO_APP.steps)?.id).toBe('prereq-msi-enabled');
  });

  it('follows the persona filter', () => {
    expect(pickStep(context([], { persona: 'salesforce-admin' }), 'marketo', MARKETO_APP.steps)?.id).toBe('prereq-salesforce-sync');
  });
});

describe('startSubStep', () => {
  const none = () => false;
  it('starts after sub-steps whose destination the page already is', () => {
    const step = getStep('setup-sales-account');
    expect(startSubStep(step, 'marketo-other', MARKETO_APP, none)).toBe(0);
    expect(startSubStep(step, 'marketo-admin-sales-insight', MARKETO_APP, none)).toBe(indexOf('setup-sales-account', 'open-actions-config'));
  });

  it('starts at the furthest control on screen, but back over visible inputs before it', () => {
    const step = getStep('setup-sales-account');
    const visible = new Set(['marketo.sales-insight.actions-config-tab', 'marketo.invite.admin-picker', 'marketo.invite.send']);
    expect(startSubStep(step, 'marketo-admin-sales-insight', MARKETO_APP, (k) => visible.has(k))).toBe(indexOf('setup-sales-account', 'pick-admins'));
    const tabOnly = new Set(['marketo.sales-insight.actions-config-tab']);
    expect(startSubStep(step, 'marketo-admin-sales-insight', MARKETO_APP, (k) => tabOnly.has(k))).toBe(indexOf('setup-sales-account', 'open-actions-config'));
  });

  it('never starts at an optional sub-step by itself', () => {
    const step = getStep('connect-marketo');
    const visible = new Set(['sia.marketo.connect', 'sia.marketo.setup-tab']);
    expect(startSubStep(step, 'sia-settings-marketo', SIA_APP, (k) => visible.has(k))).toBe(indexOf('connect-marketo', 'click-connect'));
  });

  it('ignores look-alikes of other pages’ controls', () => {
    const step = getStep('configure-msi-salesforce');
    // On the remote site form, a Save button also matches the MSI config's Save.
    const visible = new Set(['sfdc.remote-sites.name', 'sfdc.remote-sites.url', 'sfdc.remote-sites.save', 'sfdc.msi-config.save']);
    expect(startSubStep(step, 'sfdc-remote-sites', SALESFORCE_APP, (k) => visible.has(k))).toBe(indexOf('configure-msi-salesforce', 'name-site-1'));
  });

  it('starts after sub-steps whose doneWhen rule holds', () => {
    const step = getStep('configure-msi-salesforce');
    const visible = new Set(['sfdc.remote-sites.new']);
    const first = (rule: string) => rule === 's8-remote-site-ims';
    expect(startSubStep(step, 'sfdc-remote-sites', SALESFORCE_APP, (k) => visible.has(k), first)).toBe(indexOf('configure-msi-salesforce', 'new-site-2'));
    const both = () => true;
    expect(startSubStep(step, 'sfdc-remote-sites', SALESFORCE_APP, (k) => visible.has(k), both)).toBe(indexOf('configure-msi-salesforce', 'open-config-tab'));
  });
});

describe('stepPosition', () => {
  it('counts prerequisites and steps separately', () => {
    expect(stepPosition(getStep('prereq-salesforce-sync'))).toEqual({ index: 2, total: 2 });
    expect(stepPosition(getStep('start-data-sync'))).toEqual({ index: 4, total: 8 });
  });
});
