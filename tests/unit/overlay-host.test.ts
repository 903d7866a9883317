// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlayHost } from '../../components/content/overlay-host';

/** The overlay's stylesheet comes from the background: until it arrives the host page sees nothing of ours. */
describe('overlay host', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.documentElement.querySelectorAll('msi-guide-overlay').forEach((el) => el.remove());
  });

  it('stays hidden until its stylesheet arrives, then shows', () => {
    const host = createOverlayHost(document);
    expect(host.styled).toBe(false);
    expect(host.element.style.getPropertyValue('visibility')).toBe('hidden');
    host.applyStyles('.layer{color:red}');
    expect(host.styled).toBe(true);
    expect(host.element.style.getPropertyValue('visibility')).toBe('visible');
    expect(host.shadow.querySelector('style')?.textContent).toBe('.layer{color:red}');
  });

  it('holds what it should announce while hidden, and says the latest once shown', () => {
    vi.useFakeTimers();
    const host = createOverlayHost(document);
    const live = host.shadow.querySelector('[aria-live]')!;
    host.announce('Step 1');
    host.announce('Step 2');
    vi.runAllTimers();
    expect(live.textContent).toBe('');
    host.applyStyles('.layer{}');
    vi.runAllTimers();
    expect(live.textContent).toBe('Step 2');
  });
});
