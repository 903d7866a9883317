// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { presenterMaskAssist } from '../../components/content/assists/presenter-mask';
import type { AssistEnv } from '../../components/content/assists';
import { bundlesFor } from '../../lib/apps/assist-bundles';
import type { GuideAppData } from '../../lib/guide/app-data';
import { createDomWatch } from '../../lib/locator/dom-watch';
import type { PageId } from '../../lib/pages/types';
import { TARGETS } from '../../lib/targets/registry';

const DATA: GuideAppData = {
  app: 'sales-insight-actions',
  steps: [],
  detectors: [],
  targets: { 'sia.marketo.setup.client-secret': { page: 'sia-settings-marketo', secret: true, ways: [{ by: 'css', selector: 'input[name="clientSecret"]' }] } },
};

function frame() {
  document.body.innerHTML = '<input name="clientSecret" value="s3cret">';
  const shadow = document.createElement('div').attachShadow({ mode: 'open' });
  const listeners = new Set<() => void>();
  let presenter = false;
  const env: AssistEnv = {
    data: DATA,
    watch: createDomWatch(document.documentElement, { throttleMs: 0 }),
    page: () => ({ app: 'sales-insight-actions', page: 'sia-settings-marketo', host: 'toutapp.com' }),
    locale: () => 'de',
    presenter: () => presenter,
    onContext: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    overlayRoot: shadow,
    targetOf: (event) => event.target,
  };
  const field = document.querySelector('input')!;
  // happy-dom lays nothing out: give the field the box a browser would.
  field.getBoundingClientRect = () => ({ left: 10, top: 10, width: 200, height: 24, right: 210, bottom: 34, x: 10, y: 10, toJSON: () => ({}) });
  const present = (on: boolean) => ((presenter = on), listeners.forEach((l) => l()));
  return { env, shadow, field, present, listeners };
}

describe('presenter mode masks', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('hide a secret field and cover it only while presenter mode is on, in the guide language', () => {
    const { env, shadow, field, present, listeners } = frame();
    const stop = presenterMaskAssist(env);
    expect(field.style.visibility).toBe('');
    present(true);
    expect(field.style.visibility).toBe('hidden');
    expect(shadow.querySelector('[data-secret-mask="sia.marketo.setup.client-secret"]')?.textContent).toContain('beim Präsentieren verborgen');
    present(false);
    expect(field.style.visibility).toBe('');
    expect(shadow.querySelector('[data-secret-mask]')).toBeNull();
    stop();
    expect(listeners.size).toBe(0);
  });

  it('ship with the bundle of every page that shows a secret', () => {
    const secretPages = new Set(Object.values(TARGETS).flatMap((def) => ('secret' in def && def.secret ? [def.page as PageId] : [])));
    expect(secretPages.size).toBeGreaterThanOrEqual(3);
    for (const page of secretPages) {
      const carried = bundlesFor(page).some((bundle) =>
        readFileSync(resolve(import.meta.dirname, `../../entrypoints/assist-${bundle}/index.ts`), 'utf8').includes('presenterMaskAssist'),
      );
      expect(carried, page).toBe(true);
    }
  });
});
