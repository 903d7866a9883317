import { describe, expect, it } from 'vitest';
import { getStep } from '../../lib/apps';
import { MARKETO_APP } from '../../lib/apps/marketo';
import { SALESFORCE_APP } from '../../lib/apps/salesforce';
import { SIA_APP } from '../../lib/apps/sales-insight-actions';
import type { GuideAppData } from '../../lib/guide/app-data';
import { advance, completedBy, present, type PageView, type Progress, type ProgressEvent, type RuleSeen, type TargetSeen } from '../../lib/guide/progression';
import type { StepId } from '../../lib/guide/types';
import type { PageId } from '../../lib/pages/types';

/** A page as a table: targets not listed are missing, rules not listed do not hold. */
function page(id: PageId, targets: Record<string, TargetSeen> = {}, rules: Record<string, RuleSeen> = {}): PageView {
  return { page: id, target: (key) => targets[key] ?? 'missing', rule: (ruleId) => rules[ruleId] ?? 'no' };
}

const indexOf = (stepId: StepId, subId: string) => getStep(stepId).subSteps.findIndex((s) => s.id === subId);

/** Runs events against changing views, recording the sub-step index after each. */
function run(data: GuideAppData, steps: [ProgressEvent, PageView][], from: Progress | null = null) {
  let state = from;
  const indices: number[] = [];
  for (const [event, view] of steps) {
    state = advance(state, event, view, data);
    indices.push(state!.index);
  }
  return { state: state!, indices };
}

const S1 = getStep('setup-sales-account');
const TAB = 'marketo.sales-insight.actions-config-tab';
const PICKER = 'marketo.invite.admin-picker';
const SEND = 'marketo.invite.send';
const AC = 'marketo-admin-sales-insight';

describe('advancing on state, not on a click', () => {
  it('waits on the admin picker while Send Invite is disabled, and says why', () => {
    const nobodyTicked = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' });
    const { state } = run(MARKETO_APP, [
      [{ type: 'enter', step: S1 }, nobodyTicked],
      [{ type: 'used', index: indexOf('setup-sales-account', 'pick-admins') }, nobodyTicked],
      [{ type: 'observe' }, nobodyTicked],
      [{ type: 'follow' }, nobodyTicked],
    ]);
    expect(state.index).toBe(indexOf('setup-sales-account', 'pick-admins'));
    const shown = present(state, nobodyTicked);
    expect(shown.waitingOn).toBe(indexOf('setup-sales-account', 'send-invite'));
    expect(S1.subSteps[shown.waitingOn!]!.waitHint?.en).toBe('Select at least one admin first.');
  });

  it('moves on to Send Invite once ticking an admin enables it', () => {
    const nobodyTicked = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' });
    const ticked = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'found' });
    const { state } = run(MARKETO_APP, [
      [{ type: 'enter', step: S1 }, nobodyTicked],
      [{ type: 'used', index: indexOf('setup-sales-account', 'pick-admins') }, nobodyTicked],
      [{ type: 'observe' }, ticked],
    ]);
    expect(state.index).toBe(indexOf('setup-sales-account', 'send-invite'));
    expect(present(state, ticked)).toEqual({ subIndex: state.index, waitingOn: null, verified: null });
  });

  it('does not move on after a click until the next control appears', () => {
    const tabOnly = page(AC, { [TAB]: 'found' });
    const open = indexOf('setup-sales-account', 'open-actions-config');
    const { state, indices } = run(MARKETO_APP, [
      [{ type: 'enter', step: S1 }, tabOnly],
      [{ type: 'used', index: open }, tabOnly],
      [{ type: 'observe' }, tabOnly],
      // The panel renders: the picker is on screen.
      [{ type: 'observe' }, page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' })],
    ]);
    expect(indices).toEqual([open, open, open, open + 1]);
    expect(state.used).toBeNull();
  });

  it('stays on Connect until the outcome shows: an optional fallback sub-step is never the effect of a click', () => {
    const s3 = getStep('connect-marketo');
    const connect = indexOf('connect-marketo', 'click-connect');
    const connecting = page('sia-settings-marketo', { 'sia.marketo.connect': 'found', 'sia.marketo.setup-tab': 'found' });
    const { state, indices } = run(SIA_APP, [
      [{ type: 'enter', step: s3 }, connecting],
      [{ type: 'used', index: connect }, connecting],
      [{ type: 'observe' }, connecting],
      [{ type: 'follow' }, connecting],
      // Only by hand: "Connect did not work, paste the credentials".
      [{ type: 'next' }, connecting],
    ]);
    expect(indices).toEqual([connect, connect, connect, connect, connect + 1]);
    expect(state.step.subSteps[state.index]!.optional).toBe(true);
  });

  it('moves past a sub-step this page does not show to the control that did appear (no CRM choice, Connect at once)', () => {
    const s2 = getStep('connect-salesforce');
    const tab = indexOf('connect-salesforce', 'open-connections-tab');
    const SF = 'sia-settings-salesforce';
    const loading = page(SF, { 'sia.salesforce.connections-tab': 'found' });
    const loaded = page(SF, { 'sia.salesforce.connections-tab': 'found', 'sia.salesforce.connect': 'found' });
    const { indices } = run(SIA_APP, [
      [{ type: 'enter', step: s2 }, loading],
      [{ type: 'used', index: tab }, loading],
      [{ type: 'observe' }, loaded],
    ]);
    expect(indices).toEqual([tab, tab, indexOf('connect-salesforce', 'click-connect')]);
  });

  it('says so when the current control itself is disabled', () => {
    const view = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' });
    const send = indexOf('setup-sales-account', 'send-invite');
    const state: Progress = { step: S1, index: send, used: null, manual: false, verified: null };
    expect(present(state, view).waitingOn).toBe(send);
  });

  it('ignores a click on an earlier control than the current one', () => {
    const view = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'found' });
    const send = indexOf('setup-sales-account', 'send-invite');
    const state: Progress = { step: S1, index: send, used: null, manual: false, verified: null };
    expect(advance(state, { type: 'used', index: 0 }, view, MARKETO_APP)).toBe(state);
  });

  it('moves past a later control the user used directly (skipping ahead)', () => {
    const step = getStep('configure-msi-salesforce');
    const form = page('sfdc-remote-sites', { 'sfdc.remote-sites.name': 'found', 'sfdc.remote-sites.url': 'found', 'sfdc.remote-sites.save': 'found' });
    const { state } = run(SALESFORCE_APP, [
      [{ type: 'enter', step }, form],
      [{ type: 'used', index: indexOf('configure-msi-salesforce', 'url-site-1') }, form],
    ]);
    expect(state.index).toBe(indexOf('configure-msi-salesforce', 'save-site-1'));
  });
});

describe('never backwards on its own', () => {
  it('keeps its place when a new page of the same step shows earlier controls', () => {
    // Step 5: after OK the dialog closes; the user-management page shows "Actions" again.
    const step = getStep('invite-users');
    const ok = indexOf('invite-users', 'confirm-ok');
    const atOk: Progress = { step, index: ok, used: null, manual: false, verified: null };
    const list = page('sia-user-management', { 'sia.users.actions': 'found' });
    const { indices } = run(SIA_APP, [[{ type: 'enter', step }, list], [{ type: 'follow' }, list], [{ type: 'observe' }, list]], atOk);
    expect(indices).toEqual([ok, ok, ok]);
  });

  it('a new step starts where its page is', () => {
    const view = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' });
    const other: Progress = { step: getStep('start-data-sync'), index: 5, used: null, manual: false, verified: null };
    expect(advance(other, { type: 'enter', step: S1 }, view, MARKETO_APP)!.index).toBe(indexOf('setup-sales-account', 'pick-admins'));
  });

  it('Back lowers the index, and following the page forward stops until the page changes', () => {
    const view = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'found' });
    const { indices } = run(MARKETO_APP, [
      [{ type: 'enter', step: S1 }, view],
      [{ type: 'back' }, view],
      [{ type: 'follow' }, view],
      [{ type: 'observe' }, view],
    ]);
    const pick = indexOf('setup-sales-account', 'pick-admins');
    expect(indices).toEqual([pick, pick - 1, pick - 1, pick - 1]);
  });

  it('Next and Back stay within the step', () => {
    const view = page('marketo-other');
    const first: Progress = { step: S1, index: 0, used: null, manual: false, verified: null };
    expect(advance(first, { type: 'back' }, view, MARKETO_APP)!.index).toBe(0);
    const last: Progress = { ...first, index: S1.subSteps.length - 1 };
    expect(advance(last, { type: 'next' }, view, MARKETO_APP)!.index).toBe(S1.subSteps.length - 1);
  });

  it('follows late panels forward (the furthest control on screen)', () => {
    const before = page(AC, { [TAB]: 'found' });
    const after = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' });
    const { indices } = run(MARKETO_APP, [[{ type: 'enter', step: S1 }, before], [{ type: 'follow' }, after]]);
    expect(indices).toEqual([indexOf('setup-sales-account', 'open-actions-config'), indexOf('setup-sales-account', 'pick-admins')]);
  });

  it('skips sub-steps whose destination the page already shows', () => {
    const view = page('marketo-admin', { 'marketo.admin-nav': 'route', 'marketo.admin-tree.sales-insight': 'found' });
    expect(advance(null, { type: 'enter', step: S1 }, view, MARKETO_APP)!.index).toBe(indexOf('setup-sales-account', 'open-sales-insight'));
  });
});

describe('a success you can see', () => {
  it('holds still on the evidence once the page shows it, through later events', () => {
    const send = indexOf('setup-sales-account', 'send-invite');
    const shown = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'found' }, { 's1-invite-confirmed': 'now' });
    // The confirmation closed after it was recorded.
    const gone = page(AC, { [TAB]: 'found' }, { 's1-invite-confirmed': 'proven' });
    const { state } = run(
      MARKETO_APP,
      [[{ type: 'observe' }, shown], [{ type: 'next' }, gone], [{ type: 'back' }, gone], [{ type: 'follow' }, gone], [{ type: 'enter', step: S1 }, gone]],
      { step: S1, index: send, used: send, manual: false, verified: null },
    );
    expect(state.verified).toBe('s1-invite-confirmed');
    expect(state.index).toBe(send);
    expect(present(state, gone)).toEqual({ subIndex: send, waitingOn: null, verified: 's1-invite-confirmed' });
  });

  it('takes the success back when its evidence goes before it was recorded (Disconnect pressed at once)', () => {
    const s2 = getStep('connect-salesforce');
    const SF = 'sia-settings-salesforce';
    const connected = page(SF, { 'sia.salesforce.connections-tab': 'found' }, { 's2-salesforce-connected': 'now' });
    const disconnected = page(SF, { 'sia.salesforce.connections-tab': 'found', 'sia.salesforce.connect': 'found' });
    const { state } = run(SIA_APP, [
      [{ type: 'enter', step: s2 }, connected],
      [{ type: 'next' }, connected],
      [{ type: 'observe' }, disconnected],
    ]);
    expect(state.verified).toBeNull();
    expect(present(state, disconnected).verified).toBeNull();
  });

  it('needs every rule of an "all" step, one of them on this page now', () => {
    const step = getStep('configure-msi-salesforce');
    const rules = step.completion.rules.map((r) => r.id);
    const allProven = Object.fromEntries(rules.map((id) => [id, 'proven' as RuleSeen]));
    expect(completedBy(step, page('sfdc-msi-config', {}, allProven))).toBeNull();
    expect(completedBy(step, page('sfdc-msi-config', {}, { ...allProven, 's8-config-saved': 'now' }))).toBe('s8-config-saved');
    expect(completedBy(step, page('sfdc-msi-config', {}, { 's8-config-saved': 'now' }))).toBeNull();
  });

  it('an "any" step completes on one rule holding now', () => {
    expect(completedBy(S1, page(AC, {}, { 's1-client-id-shown': 'now' }))).toBe('s1-client-id-shown');
    expect(completedBy(S1, page(AC, {}, { 's1-client-id-shown': 'proven' }))).toBeNull();
  });
});

describe('a whole walk', () => {
  it('records sub-step indices that never decrease without Back (step 1 on Marketo)', () => {
    const home = page('marketo-other', {});
    const admin = page('marketo-admin', { 'marketo.admin-nav': 'route', 'marketo.admin-tree.sales-insight': 'found' });
    const si = page(AC, { 'marketo.admin-nav': 'route', 'marketo.admin-tree.sales-insight': 'route', [TAB]: 'found' });
    const ac = page(AC, { 'marketo.admin-nav': 'route', 'marketo.admin-tree.sales-insight': 'route', [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' });
    const ticked = page(AC, { 'marketo.admin-nav': 'route', 'marketo.admin-tree.sales-insight': 'route', [TAB]: 'found', [PICKER]: 'found', [SEND]: 'found' });
    const sent = page(AC, { [TAB]: 'found', [PICKER]: 'found', [SEND]: 'disabled' }, { 's1-invite-confirmed': 'now' });
    const events: [ProgressEvent, PageView][] = [
      [{ type: 'enter', step: S1 }, home],
      [{ type: 'used', index: 0 }, home],
      [{ type: 'enter', step: S1 }, admin],
      [{ type: 'used', index: 1 }, admin],
      [{ type: 'enter', step: S1 }, si],
      [{ type: 'used', index: 2 }, si],
      [{ type: 'observe' }, ac],
      [{ type: 'used', index: 3 }, ac],
      [{ type: 'observe' }, ac],
      [{ type: 'observe' }, ticked],
      [{ type: 'used', index: 4 }, ticked],
      [{ type: 'observe' }, sent],
      [{ type: 'follow' }, sent],
    ];
    const { state, indices } = run(MARKETO_APP, events);
    expect(indices.every((n, i) => i === 0 || n >= indices[i - 1]!)).toBe(true);
    expect(indices.at(-1)).toBe(4);
    expect(state.verified).toBe('s1-invite-confirmed');
  });
});
