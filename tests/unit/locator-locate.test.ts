// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { countMatches, createVisibility, locateTarget, type LocateContext } from '../../lib/locator';
import { TARGETS } from '../../lib/targets/registry';
import type { TargetDef } from '../../lib/targets/types';

/** happy-dom has no layout (every box is 0×0), so these tests use the visibility rule without the size check. */
const isVisible = createVisibility({ checkSize: false });
const ctx = (page: LocateContext['page'] = null): LocateContext => ({ root: document, page, isVisible });
const html = (markup: string): void => {
  document.body.innerHTML = markup;
};
const byId = (id: string): Element => document.getElementById(id) as Element;

afterEach(() => html(''));

const BTN = '.x-btn-text, .x4-btn-inner, a.x4-btn';
const sendInvite: TargetDef = {
  page: 'marketo-admin-sales-insight',
  ways: [
    { by: 'css', selector: 'a.x4-btn.mktButtonPositive', ui: 'primary button' },
    { by: 'text', lang: 'en', text: 'Send Invite', candidates: BTN, ui: 'en' },
    { by: 'text', lang: 'de', text: 'Einladung senden', candidates: BTN, ui: 'de' },
  ],
};

describe('locateTarget', () => {
  it('skips an ambiguous way (two visible matches) and lets the next way win', () => {
    html(`
      <a class="x4-btn mktButtonPositive" id="save"><span class="x4-btn-inner">Save</span></a>
      <a class="x4-btn mktButtonPositive" id="send"><span class="x4-btn-inner">Send Invite</span></a>`);
    const result = locateTarget(sendInvite, ctx());
    expect(result).toMatchObject({ status: 'found', way: 1, by: 'text' });
    expect(result.status === 'found' && result.element).toBe(byId('send'));
  });

  it('reports ambiguity when every way is ambiguous, never a guess', () => {
    html(`
      <a class="x4-btn mktButtonPositive"><span class="x4-btn-inner">Send Invite</span></a>
      <a class="x4-btn mktButtonPositive"><span class="x4-btn-inner">Send invite</span></a>`);
    expect(locateTarget(sendInvite, ctx())).toEqual({
      status: 'not-found',
      tried: [
        { way: 0, by: 'css', outcome: 'ambiguous' },
        { way: 1, by: 'text', lang: 'en', outcome: 'ambiguous' },
        { way: 2, by: 'text', lang: 'de', outcome: 'none' },
      ],
    });
  });

  it('ignores hidden duplicates, so the one visible match is unique', () => {
    html(`
      <div style="display:none"><a class="x4-btn mktButtonPositive"><span class="x4-btn-inner">Send Invite</span></a></div>
      <div style="visibility:hidden"><a class="x4-btn mktButtonPositive"><span class="x4-btn-inner">Send Invite</span></a></div>
      <a class="x4-btn mktButtonPositive" hidden><span class="x4-btn-inner">Send Invite</span></a>
      <div aria-hidden="true"><a class="x4-btn mktButtonPositive"><span class="x4-btn-inner">Send Invite</span></a></div>
      <details><summary>More</summary><a class="x4-btn mktButtonPositive"><span class="x4-btn-inner">Send Invite</span></a></details>
      <a class="x4-btn mktButtonPositive" id="real"><span class="x4-btn-inner">Send Invite</span></a>`);
    const result = locateTarget(sendInvite, ctx());
    expect(result).toMatchObject({ status: 'found', way: 0 });
    expect(result.status === 'found' && result.element).toBe(byId('real'));
  });

  it('says "hidden" when a way matches only hidden elements', () => {
    html(`<a class="x4-btn mktButtonPositive" style="display:none"><span class="x4-btn-inner">Send Invite</span></a>`);
    const result = locateTarget(sendInvite, ctx());
    expect(result.status === 'not-found' && result.tried.map((t) => t.outcome)).toEqual(['hidden', 'hidden', 'none']);
  });

  it('finds the German label when the UI is German', () => {
    html(`<a class="x4-btn" id="de"><span class="x4-btn-inner">Einladung  senden</span></a>`);
    const result = locateTarget(sendInvite, ctx());
    expect(result).toMatchObject({ status: 'found', way: 2, by: 'text' });
    expect(result.status === 'found' && result.element).toBe(byId('de'));
  });

  it('collapses nested matching candidates to the outermost one', () => {
    html(`<a class="x4-btn" id="outer"><span class="x4-btn-wrap"><span class="x4-btn-inner">SEND INVITE</span></span></a>`);
    const result = locateTarget(sendInvite, ctx());
    expect(result).toMatchObject({ status: 'found', way: 1 });
    expect(result.status === 'found' && result.element).toBe(byId('outer'));
  });

  it('ignores one trailing colon, collapses whitespace and zero-width characters', () => {
    const def: TargetDef = {
      page: 'marketo-admin-sales-insight',
      ways: [{ by: 'text', lang: 'en', text: 'Client ID', candidates: 'label', ui: 'label' }],
    };
    html(`<label id="l">  Client\u200B\n  ID : </label>`);
    const result = locateTarget(def, ctx());
    expect(result.status === 'found' && result.element).toBe(byId('l'));
    html(`<label>Client ID::</label>`);
    expect(locateTarget(def, ctx()).status).toBe('not-found');
  });

  it('matches contained text only with exact: false', () => {
    const way = { by: 'text', lang: 'en', text: 'invit', candidates: '[role=status]', ui: 'toast' } as const;
    html(`<div role="status" id="toast">Invitation sent</div>`);
    const exact: TargetDef = { page: 'sia-user-management', ways: [way] };
    const loose: TargetDef = { ...exact, ways: [{ ...way, exact: false }] };
    expect(locateTarget(exact, ctx()).status).toBe('not-found');
    expect(locateTarget(loose, ctx())).toMatchObject({ status: 'found', element: byId('toast') });
  });

  it('uses aria-label, button value and title when an element has no text', () => {
    const def = (candidates: string, text: string): TargetDef => ({
      page: 'sfdc-remote-sites',
      ways: [{ by: 'text', lang: 'en', text, candidates, ui: 'u' }],
    });
    html(`<input type="submit" class="btn" value="New Remote Site" id="new"><button aria-label="Settings" id="gear"><svg></svg></button><a title="Help" id="help"></a>`);
    expect(locateTarget(def('input.btn', 'New Remote Site'), ctx())).toMatchObject({ element: byId('new') });
    expect(locateTarget(def('button', 'settings'), ctx())).toMatchObject({ element: byId('gear') });
    expect(locateTarget(def('a', 'Help'), ctx())).toMatchObject({ element: byId('help') });
  });

  it('answers "route" when the page already is the destination, and skips non-matching routes silently', () => {
    const def = TARGETS['marketo.admin-tree.sales-insight'];
    expect(locateTarget(def, ctx('marketo-admin-sales-insight'))).toEqual({ status: 'route', way: 3 });
    const result = locateTarget(def, ctx('marketo-admin'));
    expect(result.status === 'not-found' && result.tried.map((t) => t.way)).toEqual([0, 1, 2]);
  });

  it('records an invalid selector and carries on with the next way', () => {
    html(`<button id="ok">Connect</button>`);
    const def: TargetDef = {
      page: 'sia-settings-salesforce',
      ways: [
        { by: 'css', selector: 'button[[', ui: 'broken' },
        { by: 'text', lang: 'en', text: 'Connect', candidates: 'button:::', ui: 'broken too' },
        { by: 'text', lang: 'en', text: 'Connect', candidates: 'button', ui: 'fine' },
      ],
    };
    expect(locateTarget(def, ctx())).toMatchObject({ status: 'found', way: 2, element: byId('ok') });
    html('');
    expect(locateTarget(def, ctx())).toEqual({
      status: 'not-found',
      tried: [
        { way: 0, by: 'css', outcome: 'invalid-selector' },
        { way: 1, by: 'text', lang: 'en', outcome: 'invalid-selector' },
        { way: 2, by: 'text', lang: 'en', outcome: 'none' },
      ],
    });
  });

  it('searches only inside an element root', () => {
    html(`<div id="a"><button>Connect</button></div><div id="b"><button id="in-b">Connect</button></div>`);
    const def: TargetDef = { page: 'sia-settings-marketo', ways: [{ by: 'text', lang: 'en', text: 'Connect', candidates: 'button', ui: 'u' }] };
    expect(locateTarget(def, ctx()).status).toBe('not-found');
    expect(locateTarget(def, { ...ctx(), root: byId('b') })).toMatchObject({ status: 'found', element: byId('in-b') });
  });

  it('counts visible matches of the first way that matches anything', () => {
    html(`<table class="list"><tr class="dataRow"><td>mkto_si</td></tr><tr class="dataRow"><td>mkto_si</td></tr><tr class="dataRow" style="display:none"><td>mkto_si</td></tr></table>`);
    const def = TARGETS['sfdc.installed-packages.msi-row'];
    expect(countMatches(def, ctx())).toBe(2);
    expect(locateTarget(def, ctx()).status).toBe('not-found');
    html('');
    expect(countMatches(def, ctx())).toBe(0);
  });
});

describe('every registry target', () => {
  it.each(Object.entries(TARGETS))('%s: not found on an empty page, one tried entry per non-route way, no throw', (_key, def: TargetDef) => {
    html('');
    for (const context of [ctx(), { root: document, page: null }]) {
      const result = locateTarget(def, context);
      expect(result.status).toBe('not-found');
      const elementWays = def.ways.map((w, i) => ({ w, i })).filter(({ w }) => w.by !== 'route');
      expect(result.status === 'not-found' && result.tried.map((t) => t.way)).toEqual(elementWays.map(({ i }) => i));
      // "none", not "invalid-selector": every registry selector parses (in happy-dom at least).
      expect(result.status === 'not-found' && result.tried.every((t) => t.outcome === 'none')).toBe(true);
      expect(countMatches(def, context)).toBe(0);
    }
  });
});
