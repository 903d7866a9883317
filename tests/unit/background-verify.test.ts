import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabPages } from '../../entrypoints/background/tab-pages';
import { verifySetup } from '../../entrypoints/background/verify';
import { setStepStatus } from '../../lib/progress/reducers';
import { createProgressStore } from '../../stores/progress-store';

const T = '2026-11-25T20:00:00.000Z';
const SF_ADMIN = { app: 'marketo', page: 'marketo-admin-salesforce', host: 'app-ab12.marketo.com' } as const;
const SIA_MARKETO = { app: 'sales-insight-actions', page: 'sia-settings-marketo', host: 'toutapp.com' } as const;

async function setup(answers: Record<string, unknown>) {
  const store = createProgressStore(fakeBrowser.storage.local);
  await store.persistence.load();
  const tabPages = createTabPages(fakeBrowser.storage.session);
  await tabPages.report(1, 0, SF_ADMIN);
  await tabPages.report(2, 0, SIA_MARKETO);
  await tabPages.report(3, 0, SIA_MARKETO); // a tab whose content script does not answer (reloading)
  const verify = () =>
    verifySetup({
      tabPages,
      askFrame: async (tabId, frameId) => {
        const answer = answers[`${tabId}/${frameId}`];
        if (answer === undefined) throw new Error('Could not establish connection');
        return answer;
      },
      update: (reduce) => store.setState(reduce(store.getState()), true),
      state: () => store.getState(),
      now: () => T,
    });
  return { store, verify };
}

beforeEach(() => fakeBrowser.reset());

describe('Verify now', () => {
  it('records fresh evidence for what holds, says what an open page does not show, and which steps have no page open', async () => {
    const { store, verify } = await setup({
      '1/0': [{ stepId: 'prereq-salesforce-sync', ruleId: 'p2-sync-status-enabled', holds: true }],
      '2/0': [{ stepId: 'connect-marketo', ruleId: 's3-marketo-connected', holds: false }],
    });
    store.setState(setStepStatus(store.getState(), 'connect-marketo', 'done', '2026-11-20T10:00:00.000Z'), true);
    const result = await verify();

    expect(result.checkedFrames).toBe(2);
    const outcome = Object.fromEntries(result.steps.map((s) => [s.stepId, s]));
    expect(outcome['prereq-salesforce-sync']).toEqual({ stepId: 'prereq-salesforce-sync', outcome: 'confirmed', host: 'app-ab12.marketo.com', page: 'marketo-admin-salesforce' });
    expect(outcome['connect-marketo']).toMatchObject({ outcome: 'not-seen', host: 'toutapp.com' });
    expect(outcome['install-msi-package']).toEqual({ stepId: 'install-msi-package', outcome: 'no-page' });
    // Held now: done from evidence, seen at the time of the check.
    const p2 = store.getState().steps['prereq-salesforce-sync'];
    expect(p2).toMatchObject({ status: 'done', via: 'evidence' });
    expect(p2.evidence[0]).toMatchObject({ rule: 'p2-sync-status-enabled', seenAt: T });
    // Not seen now: reported, never silently undone.
    expect(store.getState().steps['connect-marketo'].status).toBe('done');
  });

  it('ignores answers for rules that cannot appear on the page the frame reported, and malformed answers', async () => {
    const { store, verify } = await setup({
      '1/0': [{ stepId: 'connect-marketo', ruleId: 's3-marketo-connected', holds: true }],
      '2/0': { anything: 'else' },
    });
    const result = await verify();
    expect(result.checkedFrames).toBe(1);
    expect(result.steps.find((s) => s.stepId === 'connect-marketo')?.outcome).toBe('no-page');
    expect(store.getState().steps['connect-marketo'].status).toBe('todo');
  });
});
