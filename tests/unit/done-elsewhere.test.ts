import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../entrypoints/background/router';
import { createTabPages } from '../../entrypoints/background/tab-pages';
import { createFocus } from '../../entrypoints/background/guide-handlers';
import { createProgressStore } from '../../stores/progress-store';
import { initialProgress } from '../../lib/progress/initial';
import { recordDoneElsewhere, recordEvidence, setStepStatus } from '../../lib/progress/reducers';
import { normalizeProgress } from '../../lib/progress/schema';
import { readStored } from '../../lib/progress/stored';
import { migrateProgress, PROGRESS_VERSION } from '../../lib/progress/migrations';
import { summarizeProgress } from '../../lib/progress/summary';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';
import { buildReport } from '../../lib/report/build';
import { parseReportJson, toJson } from '../../lib/report/json';
import { describeStep } from '../../lib/report/describe';
import { toMarkdown } from '../../lib/report/markdown';
import type { SenderInfo } from '../../lib/messaging/sender';
import { META } from './report-helpers';

const NOW = '2026-12-07T10:00:00.000Z';
const THEIR_REPORT = '2026-12-06T16:00:00.000Z';
const HANDED_OFF = ['install-msi-package', 'configure-msi-salesforce'] as const;

describe('steps done elsewhere, in progress', () => {
  it('marks the steps done, from the other report, apart from what this browser did', () => {
    const state = recordDoneElsewhere(initialProgress(), HANDED_OFF, THEIR_REPORT, NOW);
    expect(state.steps['install-msi-package']).toEqual({ status: 'done', changedAt: NOW, via: 'elsewhere', evidence: [], elsewhere: { reportGeneratedAt: THEIR_REPORT } });
    // Counted as done in the one count everybody shows.
    expect(summarizeProgress(state).steps.done).toBe(2);
  });

  it('never overrides a step this browser marked or verified itself; a newer report refreshes its source', () => {
    const own = setStepStatus(initialProgress(), 'install-msi-package', 'done', NOW);
    const state = recordDoneElsewhere(own, HANDED_OFF, THEIR_REPORT, NOW);
    expect(state.steps['install-msi-package'].via).toBe('hand');
    expect(recordDoneElsewhere(state, HANDED_OFF, THEIR_REPORT, NOW)).toBe(state);
    const newer = recordDoneElsewhere(state, HANDED_OFF, '2026-12-07T09:00:00.000Z', NOW);
    expect(newer.steps['configure-msi-salesforce'].elsewhere).toEqual({ reportGeneratedAt: '2026-12-07T09:00:00.000Z' });
  });

  it('undo by hand or evidence seen here replaces "done elsewhere" with this browser’s own record', () => {
    const elsewhere = recordDoneElsewhere(initialProgress(), HANDED_OFF, THEIR_REPORT, NOW);
    const undone = setStepStatus(elsewhere, 'install-msi-package', 'todo', NOW).steps['install-msi-package'];
    expect(undone).toEqual({ status: 'todo', changedAt: NOW, via: 'hand', evidence: [] });
    const entry = { rule: 's7-msi-package-listed', host: 'acme.lightning.force.com', page: 'sfdc-installed-packages' as const, seenAt: NOW };
    const verified = recordEvidence(elsewhere, 'install-msi-package', entry, true).steps['install-msi-package'];
    expect(verified).toEqual({ status: 'done', changedAt: NOW, via: 'evidence', evidence: [entry] });
  });

  it('stored: version 2 reads as it was; a "done elsewhere" without its source is not trusted', () => {
    const v2 = setStepStatus(initialProgress(), 'connect-marketo', 'done', NOW);
    expect(PROGRESS_VERSION).toBe(4);
    expect(migrateProgress(v2, 2)).toEqual(v2);
    expect(readStored({ state: v2, version: 2 })).toEqual({ kind: 'read', state: v2 });
    const broken = { steps: { 'install-msi-package': { status: 'done', changedAt: NOW, via: 'elsewhere', evidence: [] } } };
    expect(normalizeProgress(broken).steps['install-msi-package'].status).toBe('todo');
    const notDone = { steps: { 'install-msi-package': { status: 'todo', changedAt: NOW, via: 'elsewhere', evidence: [], elsewhere: { reportGeneratedAt: NOW } } } };
    expect(normalizeProgress(notDone).steps['install-msi-package'].status).toBe('todo');
    expect(normalizeProgress(notDone).steps['install-msi-package'].via).toBeNull();
  });
});

describe('steps done elsewhere, in the completion report', () => {
  const report = () => buildReport(recordDoneElsewhere(initialProgress(), HANDED_OFF, THEIR_REPORT, NOW), META);

  it('carries the source, reads back, and says "Done elsewhere", not verified, in both languages', () => {
    const step = report().steps.find((s) => s.id === 'configure-msi-salesforce')!;
    expect(step).toMatchObject({ status: 'done', via: 'elsewhere', elsewhere: { reportGeneratedAt: THEIR_REPORT } });
    expect(parseReportJson(toJson(report()))).toEqual({ ok: true, report: report() });
    expect(describeStep(step, 'en')).toMatchObject({ statusText: 'Done elsewhere', how: expect.stringContaining('not verified in this browser') });
    expect(describeStep(step, 'de').statusText).toBe('Anderswo erledigt');
    expect(toMarkdown(report(), 'en')).toContain('2026-12-06 16:00 UTC');
  });

  it('refuses a tampered "done elsewhere": without its source, or in a version-2 file', () => {
    const data = JSON.parse(toJson(report())) as { version: number; steps: Array<Record<string, unknown>> };
    delete data.steps[9]!.elsewhere;
    expect(parseReportJson(JSON.stringify(data))).toMatchObject({ ok: false, reason: 'invalid-field' });
    const v2 = JSON.parse(toJson(report())) as { version: number; steps: Array<Record<string, unknown>> };
    v2.version = 2;
    expect(parseReportJson(JSON.stringify(v2))).toMatchObject({ ok: false, reason: 'invalid-field' });
  });
});

describe('background: progress/done-elsewhere', () => {
  const SELF = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid/' };
  const REPORT_PAGE: SenderInfo = { id: SELF.id, url: `${SELF.origin}report.html` };
  function setup() {
    const store = createProgressStore(fakeBrowser.storage.local);
    const practiceStore = createProgressStore(fakeBrowser.storage.local, PRACTICE_PROGRESS_STORAGE_KEY);
    const session = fakeBrowser.storage.session;
    const route = createRouter({
      store,
      practiceStore,
      tabPages: createTabPages(session),
      practicePages: createTabPages(session, 'practice-tab:'),
      focus: createFocus(session),
      openStep: async () => ({ opened: 'new-tab', url: 'https://toutapp.com/next#settings' }),
      injectAssist: async () => undefined,
      checkCredentials: async () => ({ findings: [], live: null }),
      verify: async () => ({ checkedFrames: 0, steps: [] }),
      self: SELF,
      ready: Promise.all([store.persistence.load(), practiceStore.persistence.load()]),
      now: () => NOW,
    });
    return { store, route };
  }
  beforeEach(() => fakeBrowser.reset());

  it('records the handed-off steps from the report page', async () => {
    const { route, store } = setup();
    const reply = await route({ type: 'progress/done-elsewhere', stepIds: [...HANDED_OFF], reportGeneratedAt: THEIR_REPORT }, REPORT_PAGE);
    expect(reply).toEqual({ ok: true, data: null });
    expect(store.getState().steps['configure-msi-salesforce'].via).toBe('elsewhere');
    // Timed like every other completion.
    expect(store.getState().timings['configure-msi-salesforce']?.completedAt).toBe(NOW);
  });

  it.each([
    ['a step the Marketo Admin does', { stepIds: ['connect-marketo', 'install-msi-package'], reportGeneratedAt: THEIR_REPORT }, 'malformed'],
    ['a report from the future', { stepIds: ['install-msi-package'], reportGeneratedAt: '2027-01-01T00:00:00.000Z' }, 'malformed'],
    ['no steps', { stepIds: [], reportGeneratedAt: THEIR_REPORT }, 'malformed'],
    ['a time that is not one', { stepIds: ['install-msi-package'], reportGeneratedAt: 'yesterday' }, 'malformed'],
    ['extra text from the file', { stepIds: ['install-msi-package'], reportGeneratedAt: THEIR_REPORT, note: '<b>hi</b>' }, 'malformed'],
  ])('refuses %s and changes nothing', async (_name, payload, code) => {
    const { route, store } = setup();
    const before = JSON.stringify(store.getState());
    const reply = await route({ type: 'progress/done-elsewhere', ...payload }, REPORT_PAGE);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(JSON.stringify(store.getState())).toBe(before);
  });
});
