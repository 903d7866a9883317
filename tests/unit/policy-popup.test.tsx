// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { PopupApp } from '../../components/popup/PopupApp';
import { readPolicy } from '../../lib/policy/schema';
import { initialProgress } from '../../lib/progress/initial';
import type { ProgressView } from '../../stores/progress-view';

/** The popup over a view whose policy is `raw` (as the managed area holds it). */
function popup(raw: Record<string, unknown>) {
  const policy = readPolicy(raw);
  const progress = initialProgress();
  const view = createStore<ProgressView>()(() => ({ hydrated: true, progress: { ...progress, prefs: { ...progress.prefs, locale: policy.values.language ?? null } }, problem: null, policy }));
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<PopupApp view={view} browserLocale="en" where={null} send={async () => null} openStep={async () => ({ needsHost: 'marketo' })} />, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the popup under a policy', () => {
  it('disables what the organisation sets, says so beside it, and leaves the rest to the user', () => {
    const root = popup({ presenterMode: true, persona: 'both' });
    const presenter = root.querySelector<HTMLInputElement>('label.presenter-switch input')!;
    expect(presenter.disabled).toBe(true);
    expect(root.querySelector('#presenter-managed')?.textContent).toBe('Set by your organisation');
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.persona')!.disabled).toBe(true);
    expect(root.querySelector('#persona-managed')?.textContent).toBe('Set by your organisation');
    expect(root.querySelector<HTMLSelectElement>('label.language select')!.disabled).toBe(false);
    expect(root.querySelector('#language-managed')).toBeNull();
  });

  it('lists the organisation’s settings and every ignored entry, in German when the policy says German', () => {
    const root = popup({ language: 'de', practiceSandbox: false, liveCredentialCheck: 'no', fontSize: 3 });
    const section = root.querySelector('[data-testid="organisation-settings"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Einstellungen Ihrer Organisation');
    expect([...section.querySelectorAll('[data-policy]')].map((el) => el.getAttribute('data-policy'))).toEqual(['language', 'practiceSandbox']);
    expect(section.querySelector('[data-policy="practiceSandbox"] dd')?.textContent).toBe('Aus Von Ihrer Organisation festgelegt');
    expect(section.querySelector('[data-ignored="liveCredentialCheck"]')?.textContent).toContain('Live-Prüfung der Zugangsdaten');
    expect(section.querySelector('[data-ignored="fontSize"]')?.textContent).toContain('keine solche Einstellung');
    // The sandbox the organisation does not offer has no link.
    expect(root.querySelector('a[href="/practice.html"]')).toBeNull();
  });

  it('shows no organisation section without a policy', () => {
    const root = popup({});
    expect(root.querySelector('[data-testid="organisation-settings"]')).toBeNull();
    expect(root.querySelector('a[href="/practice.html"]')).not.toBeNull();
    expect(root.querySelector('.managed-badge')).toBeNull();
  });
});
