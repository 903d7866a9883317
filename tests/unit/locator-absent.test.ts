// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createVisibility, locateTarget, type LocateContext } from '../../lib/locator';
import { matchWay, onItsPage, scopeRoot } from '../../lib/locator/locate';
import { TARGETS, type TargetKey } from '../../lib/targets/registry';
import type { TargetDef } from '../../lib/targets/types';
import { ABSENT_PAGES } from './fixtures/absent-pages';

/*
 * "Never point when unsure": a way that also matches where its target is not shown (an app logo, a
 * landmark, another card's primary button, the first tab of any tab strip) is no way at all. Every way of
 * every target is run on pages that do not show the target and must find nothing there.
 */

const isVisible = createVisibility({ checkSize: false });
const elementOf = (key: string): Element | null => {
  const result = locateTarget(TARGETS[key as TargetKey], { root: document, page: null, isVisible });
  return result.status === 'found' ? result.element : null;
};
afterEach(() => {
  document.body.innerHTML = '';
});

describe('no way matches where its target is absent', () => {
  for (const fixture of ABSENT_PAGES) {
    it(fixture.name, () => {
      document.body.innerHTML = fixture.html;
      const ctx: LocateContext = { root: document, page: fixture.page, isVisible, elementOf };
      const matched: string[] = [];
      const keys = (Object.keys(TARGETS) as TargetKey[]).filter((key) => key.startsWith(fixture.prefix) && !fixture.present.includes(key));
      for (const key of keys) {
        const def: TargetDef = TARGETS[key];
        // A target is only looked for on its own page (navigation targets everywhere): see onItsPage.
        if (!onItsPage(def, ctx)) continue;
        // A scoped target (`within`) is looked for only inside its scope, as the guide does.
        const root = def.within ? scopeRoot(def, ctx) : document;
        if (!root) continue;
        def.ways.forEach((way, index) => {
          if (way.by === 'route') return;
          const match = matchWay(way, root, isVisible);
          if ('elements' in match) matched.push(`${key} way ${index} (${way.by}${'lang' in way ? ` ${way.lang}` : ''})`);
        });
      }
      expect(matched).toEqual([]);
    });
  }

  it('sees a present target on the same page (the fixtures are not blind)', () => {
    for (const fixture of ABSENT_PAGES) {
      document.body.innerHTML = fixture.html;
      for (const key of fixture.present) {
        const found = TARGETS[key].ways.some((way) => way.by !== 'route' && 'elements' in matchWay(way, document, isVisible));
        expect(found, `${fixture.name}: ${key}`).toBe(true);
      }
    }
  });
});
