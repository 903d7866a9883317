// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inOnePass, locatedInPass, visibleInPass } from '../../lib/locator/one-pass';
import type { TargetDef } from '../../lib/targets/types';
import type { LocateResult } from '../../lib/locator/types';

const def = { page: 'actions-config', ways: [] } as unknown as TargetDef;
const other = { page: 'actions-config', ways: [] } as unknown as TargetDef;

function counting() {
  let calls = 0;
  const locate = (): LocateResult => (calls++, { status: 'not-found', tried: [] });
  return { locate, calls: () => calls };
}

describe('one pass over the page', () => {
  it('locates a target once per pass, and again in the next pass (the page may have changed)', () => {
    const { locate, calls } = counting();
    inOnePass(() => {
      locatedInPass(def, document, 'actions-config', locate);
      locatedInPass(def, document, 'actions-config', locate);
    });
    expect(calls()).toBe(1);
    inOnePass(() => locatedInPass(def, document, 'actions-config', locate));
    expect(calls()).toBe(2);
  });

  it('does not share a result between targets, roots or pages', () => {
    const { locate, calls } = counting();
    const root = document.createElement('div');
    inOnePass(() => {
      locatedInPass(def, document, 'actions-config', locate);
      locatedInPass(other, document, 'actions-config', locate);
      locatedInPass(def, root, 'actions-config', locate);
      locatedInPass(def, root, null, locate);
    });
    expect(calls()).toBe(4);
  });

  it('outside a pass, asks every time', () => {
    const { locate, calls } = counting();
    locatedInPass(def, document, null, locate);
    locatedInPass(def, document, null, locate);
    const el = document.createElement('button');
    let tests = 0;
    visibleInPass(el, () => (tests++, true));
    visibleInPass(el, () => (tests++, true));
    expect([calls(), tests]).toEqual([2, 2]);
  });

  it('tests an element once per pass; a nested pass is part of the outer one', () => {
    const el = document.createElement('button');
    let tests = 0;
    const test = () => (tests++, false);
    const answers = inOnePass(() => [visibleInPass(el, test), inOnePass(() => visibleInPass(el, test))]);
    expect(answers).toEqual([false, false]);
    expect(tests).toBe(1);
  });

  it('ends the pass even when its work throws', () => {
    const { locate, calls } = counting();
    expect(() => inOnePass(() => { throw new Error('boom'); })).toThrow('boom');
    locatedInPass(def, document, null, locate);
    locatedInPass(def, document, null, locate);
    expect(calls()).toBe(2);
  });
});
