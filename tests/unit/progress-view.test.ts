import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProgressStore } from '../../stores/progress-store';
import { createProgressView } from '../../stores/progress-view';
import { setPreferences, setStepStatus } from '../../lib/progress/reducers';

beforeEach(() => fakeBrowser.reset());

describe('progress view (read-only mirror)', () => {
  it('is not hydrated until the stored progress is read, then shows it', async () => {
    const writer = createProgressStore(fakeBrowser.storage.local);
    await writer.persistence.load();
    writer.setState((s) => setStepStatus(s, 'connect-salesforce', 'done', '2026-11-20T10:00:00.000Z'), true);
    await Promise.resolve();
    const view = createProgressView(fakeBrowser.storage);
    expect(view.getState().hydrated).toBe(false);
    await expect.poll(() => view.getState().hydrated).toBe(true);
    expect(view.getState().progress.steps['connect-salesforce'].status).toBe('done');
    view.dispose();
  });

  it('updates live when the writer changes progress, and never writes itself', async () => {
    const writer = createProgressStore(fakeBrowser.storage.local);
    await writer.persistence.load();
    const view = createProgressView(fakeBrowser.storage);
    await expect.poll(() => view.getState().hydrated).toBe(true);
    writer.setState((s) => setStepStatus(s, 'invite-users', 'skipped', '2026-11-20T10:00:00.000Z'), true);
    await expect.poll(() => view.getState().progress.steps['invite-users'].status).toBe('skipped');
    view.dispose();
  });

  it('a writer that restarts keeps what was stored', async () => {
    const first = createProgressStore(fakeBrowser.storage.local);
    await first.persistence.load();
    first.setState((s) => setStepStatus(s, 'start-data-sync', 'done', '2026-11-20T10:00:00.000Z'), true);
    await new Promise((r) => setTimeout(r, 0));
    const second = createProgressStore(fakeBrowser.storage.local);
    await second.persistence.load();
    expect(second.getState().steps['start-data-sync'].status).toBe('done');
  });
});

describe('progress view under the organisation’s policy', () => {
  it('shows managed preferences over the stored ones, with what the policy set and ignored', async () => {
    const writer = createProgressStore(fakeBrowser.storage.local);
    await writer.persistence.load();
    writer.setState((s) => setPreferences(s, { locale: 'en', presenter: false }), true);
    await fakeBrowser.storage.managed.set({ language: 'de', presenterMode: true, persona: 'nobody' });
    const view = createProgressView(fakeBrowser.storage);
    await expect.poll(() => view.getState().hydrated).toBe(true);
    expect(view.getState().progress.prefs).toMatchObject({ locale: 'de', presenter: true });
    expect(view.getState().policy).toEqual({ values: { language: 'de', presenterMode: true }, ignored: [{ key: 'persona', reason: 'invalid' }] });
    view.dispose();
  });

  it('follows a policy change, and the user’s own choice returns when the policy lifts', async () => {
    const writer = createProgressStore(fakeBrowser.storage.local);
    await writer.persistence.load();
    writer.setState((s) => setPreferences(s, { locale: 'en' }), true);
    const view = createProgressView(fakeBrowser.storage);
    await expect.poll(() => view.getState().progress.prefs.locale).toBe('en');
    await fakeBrowser.storage.managed.set({ language: 'de' });
    await expect.poll(() => view.getState().progress.prefs.locale).toBe('de');
    await fakeBrowser.storage.managed.clear();
    await expect.poll(() => view.getState().progress.prefs.locale).toBe('en');
    view.dispose();
  });
});
