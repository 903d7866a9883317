// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { advanceOnUse, type AdvanceDeps } from '../../components/content/advance-on-use';
import type { GuideStep } from '../../lib/guide/types';

/*
 * Doing a sub-step is reported as using it (the guide then moves on once the page shows the effect), also where the control the user acts on is not the one the callout
 * points at: a hidden file input beside its Browse button, an entry of a drop-down list that floats at the
 * page's end (ExtJS combo lists).
 */

const step = {
  id: 'invite-users-csv',
  subSteps: [
    { id: 'pick', text: { en: 'Pick', de: 'Wählen' }, target: 'pick', input: true },
    { id: 'next', text: { en: 'Next', de: 'Weiter' }, target: 'next' },
  ],
} as unknown as GuideStep;

function setUp(markup: string, targetId: string) {
  document.body.innerHTML = markup;
  const used = vi.fn();
  const deps: AdvanceDeps = {
    data: { app: 'sales-insight-actions', steps: [step], targets: {}, detectors: [] },
    current: () => ({ step, subIndex: 0, target: document.getElementById(targetId)!, page: 'sia-user-management' }),
    locate: () => ({ status: 'not-found', tried: [] }),
    used,
  };
  const stop = advanceOnUse(document, deps);
  return { used, stop };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('advance on use', () => {
  it('moves on when a file is chosen in the hidden input beside the Browse button', () => {
    vi.useFakeTimers();
    const { used, stop } = setUp(`<div><button id="browse">Browse…</button><input type="file" id="file" style="display:none"></div>`, 'browse');
    document.getElementById('file')!.dispatchEvent(new Event('change', { bubbles: true }));
    vi.runAllTimers();
    expect(used).toHaveBeenCalledWith(0);
    stop();
  });

  it('does not move on for a file input elsewhere on the page', () => {
    vi.useFakeTimers();
    const { used, stop } = setUp(`<div><button id="browse">Browse…</button></div><form><input type="file" id="file"></form>`, 'browse');
    document.getElementById('file')!.dispatchEvent(new Event('change', { bubbles: true }));
    vi.runAllTimers();
    expect(used).not.toHaveBeenCalled();
    stop();
  });

  it('moves on when an entry of the floating drop-down list is chosen for a picker', () => {
    vi.useFakeTimers();
    const { used, stop } = setUp(`<div id="combo" class="x4-form-trigger-wrap"><input></div><div class="x4-boundlist"><li class="x4-boundlist-item" id="opt">Jordan Lee</li></div>`, 'combo');
    document.getElementById('opt')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    vi.runAllTimers();
    expect(used).toHaveBeenCalledWith(0);
    stop();
  });

  it("does not move on for a text field's suggestion", () => {
    vi.useFakeTimers();
    const { used, stop } = setUp(`<textarea id="emails"></textarea><ul role="listbox"><li role="option" id="opt">ana@example.com</li></ul>`, 'emails');
    document.getElementById('opt')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    vi.runAllTimers();
    expect(used).not.toHaveBeenCalled();
    stop();
  });
});
