// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlayHost } from '../../components/content/overlay-host';
import { CALLOUT_TEXTS } from '../../lib/i18n/callout-text';

const LOOK = { css: '.layer{color:red}', texts: CALLOUT_TEXTS };

/** The overlay's stylesheet and texts come from the background: until they arrive the host page sees nothing of ours. */
describe('overlay host', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.documentElement.querySelectorAll('msi-guide-overlay').forEach((el) => el.remove());
  });

  it('stays hidden until its look arrives, then shows', () => {
    const host = createOverlayHost(document);
    expect(host.styled).toBe(false);
    expect(host.element.style.getPropertyValue('visibility')).toBe('hidden');
    host.applyLook(LOOK);
    expect(host.styled).toBe(true);
    expect(host.element.style.getPropertyValue('visibility')).toBe('visible');
    expect(host.shadow.querySelector('style')?.textContent).toBe('.layer{color:red}');
  });

  it('has the callout texts only once the look arrives, in either language', () => {
    const host = createOverlayHost(document);
    expect(host.text('en', 'calloutNext')).toBe('');
    host.applyLook(LOOK);
    expect(host.text('en', 'calloutStepOf', { n: 2, total: 8 })).toBe('Step 2 of 8');
    expect(host.text('de', 'calloutNext')).toBe('Weiter');
  });

  it('holds what it should announce while hidden, and words and says the latest once shown', () => {
    vi.useFakeTimers();
    const host = createOverlayHost(document);
    const live = host.shadow.querySelector('[aria-live]')!;
    host.announce(() => 'Step 1');
    host.announce(() => `Step 2: ${host.text('en', 'calloutNext')}`);
    vi.runAllTimers();
    expect(live.textContent).toBe('');
    host.applyLook(LOOK);
    vi.runAllTimers();
    expect(live.textContent).toBe('Step 2: Next');
  });
});
