// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVisibility, isVisible, locateTarget, normalizeText } from '../../lib/locator';
import type { TargetDef } from '../../lib/targets/types';

const layoutless = createVisibility({ checkSize: false });
const html = (markup: string): void => {
  document.body.innerHTML = markup;
};
const byId = (id: string): Element => document.getElementById(id) as Element;
const rect = (width: number, height: number): DOMRect => ({ x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) });

afterEach(() => html(''));

describe('visibility', () => {
  it('accepts a plain element and rejects a detached one', () => {
    html(`<span id="a">x</span>`);
    expect(layoutless(byId('a'))).toBe(true);
    expect(layoutless(document.createElement('span'))).toBe(false);
  });

  it.each([
    ['display:none on an ancestor', `<div style="display:none"><span id="t">x</span></div>`],
    ['visibility:hidden on an ancestor', `<div style="visibility:hidden"><span id="t">x</span></div>`],
    ['visibility:hidden from a style sheet', `<style>.gone { visibility: hidden }</style><span class="gone" id="t">x</span>`],
    ['the hidden attribute on an ancestor', `<div hidden><span id="t">x</span></div>`],
    ['an aria-hidden="true" subtree', `<div aria-hidden="true"><div><span id="t">x</span></div></div>`],
    ['the body of a closed <details>', `<details><summary>s</summary><div><span id="t">x</span></div></details>`],
  ])('rejects %s', (_name, markup) => {
    html(markup);
    expect(layoutless(byId('t'))).toBe(false);
  });

  it('keeps the summary of a closed <details>, the body of an open one, and aria-hidden="false"', () => {
    html(`<details><summary id="s">s</summary></details><details open><p id="p">x</p></details><div aria-hidden="false"><i id="i">x</i></div>`);
    expect(['s', 'p', 'i'].map((id) => layoutless(byId(id)))).toEqual([true, true, true]);
  });

  it('falls back to computed styles when checkVisibility() is missing', () => {
    html(`<div style="display:none"><span id="a">x</span></div><div style="visibility:hidden"><span id="b">x</span></div><span id="c">x</span>`);
    for (const id of ['a', 'b', 'c']) Object.defineProperty(byId(id), 'checkVisibility', { value: undefined });
    expect(['a', 'b', 'c'].map((id) => layoutless(byId(id)))).toEqual([false, false, true]);
  });

  it('rejects zero-size boxes when the size rule is on (the default)', () => {
    html(`<span id="box">x</span><span id="empty"></span><div id="flat"></div>`);
    const sizes: Record<string, DOMRect> = { box: rect(40, 16), empty: rect(0, 16), flat: rect(300, 0) };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return sizes[this.id] ?? rect(0, 0);
    });
    expect(isVisible(byId('box'))).toBe(true);
    expect(isVisible(byId('empty'))).toBe(false);
    expect(isVisible(byId('flat'))).toBe(false);
    // Without the stub happy-dom reports 0×0 for everything, which is why tests opt out of the size rule.
    vi.restoreAllMocks();
    expect(isVisible(byId('box'))).toBe(false);
    expect(layoutless(byId('box'))).toBe(true);
  });

  it('makes locateTarget skip a zero-size duplicate', () => {
    html(`<button id="real">Connect</button><button id="ghost">Connect</button>`);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return this.id === 'ghost' ? rect(0, 0) : rect(80, 24);
    });
    const def: TargetDef = { page: 'sia-settings-marketo', ways: [{ by: 'text', lang: 'en', text: 'Connect', candidates: 'button', ui: 'u' }] };
    expect(locateTarget(def, { root: document, page: null })).toMatchObject({ status: 'found', element: byId('real') });
  });
});

describe('normalizeText', () => {
  it.each([
    ['  Client\u00a0 ID : ', 'client id'],
    ['Client ID::', 'client id:'],
    ['\u200bSync\u200d Status\ufeff', 'sync status'],
    ['*Remote Site Name', 'remote site name'],
    ['Name: *', 'name'],
    ['Größe', 'größe'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
