// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildAnchor } from '../../lib/anchors/build';
import { findByAnchor, matchAnchor } from '../../lib/anchors/match';
import { ANCHORS_VERSION, readStoredAnchors, validAnchors } from '../../lib/anchors/stored';
import { createVisibility } from '../../lib/locator';
import type { LearnedAnchor } from '../../lib/anchors/types';

const isVisible = createVisibility({ checkSize: false });
const html = (markup: string): void => {
  document.body.innerHTML = markup;
};
const byId = (id: string): Element => document.getElementById(id) as Element;
afterEach(() => html(''));

describe('an anchor built from the element the user pointed at', () => {
  it('keeps structure and the control’s own label, never ids, generated or state classes', () => {
    html(`<section class="card mk-panel ext-gen1234"><div class="card-actions x-auto-7"><button id="ext-gen99" type="button" class="btn btn-cta active css-1a2b3c" data-ref="x"><span id="inner">Link account</span></button></div></section>`);
    const anchor = buildAnchor(byId('inner'));
    expect(anchor).toEqual({
      tag: 'button',
      role: 'button',
      attrs: { type: 'button' },
      classes: ['btn', 'btn-cta'],
      path: ['div.card-actions', 'section.card.mk-panel'],
      label: 'link account',
    });
    expect(JSON.stringify(anchor)).not.toMatch(/ext-gen|x-auto|css-1a2b|active/);
  });

  it('never takes a field’s value or a text that reads like data', () => {
    html(`<div class="form-row"><input id="email" class="email-field" name="emails" value="ana@acme.example"><textarea id="list" class="emails" aria-label="E-mail list">mia@acme.example</textarea><span id="shown" class="value">4F3A-91B2-77C0</span></div>`);
    expect(buildAnchor(byId('email'))?.label).toBe('');
    expect(JSON.stringify(buildAnchor(byId('email')))).not.toContain('acme');
    expect(buildAnchor(byId('list'))?.label).toBe('e-mail list');
    expect(JSON.stringify(buildAnchor(byId('list')))).not.toContain('mia');
    // Not a control: its text could be a value shown on the page.
    expect(buildAnchor(byId('shown'))?.label).toBe('');
  });

  it('gives up on an element with nothing stable about it', () => {
    html(`<div><div id="bare"></div></div>`);
    expect(buildAnchor(byId('bare'))).toBeNull();
  });
});

describe('matching an anchor obeys the locator’s rule', () => {
  const page = (buttons: string) => html(`<section class="card"><div class="card-actions">${buttons}</div></section><footer class="bar"><button class="btn">Link account</button></footer>`);

  it('finds the one element again, through extra wrappers and new ids', () => {
    page(`<button id="a" class="btn btn-cta">Link account</button>`);
    const anchor = buildAnchor(byId('a'))!;
    page(`<span class="wrap"><button id="b" class="btn btn-cta x-btn-over">Link account</button></span>`);
    expect(findByAnchor(anchor, document, isVisible)).toBe(byId('b'));
  });

  it('finds nothing when the element is gone, hidden or relabelled (0 matches)', () => {
    page(`<button id="a" class="btn btn-cta">Link account</button>`);
    const anchor = buildAnchor(byId('a'))!;
    page(`<button class="btn btn-cta">Cancel</button>`);
    expect(matchAnchor(anchor, document, isVisible)).toHaveLength(0);
    page(`<button class="btn btn-cta" hidden>Link account</button>`);
    expect(findByAnchor(anchor, document, isVisible)).toBeNull();
  });

  it('finds nothing when two elements match (2 matches are "not found")', () => {
    page(`<button id="a" class="btn btn-cta">Link account</button>`);
    const anchor = buildAnchor(byId('a'))!;
    page(`<button class="btn btn-cta">Link account</button><button class="btn btn-cta">Link account</button>`);
    expect(matchAnchor(anchor, document, isVisible)).toHaveLength(2);
    expect(findByAnchor(anchor, document, isVisible)).toBeNull();
  });

  it('does not match the same label outside the learned containers', () => {
    page(`<button id="a" class="btn">Link account</button>`);
    const anchor = buildAnchor(byId('a'))!;
    html(`<footer class="bar"><button class="btn">Link account</button></footer>`);
    expect(findByAnchor(anchor, document, isVisible)).toBeNull();
  });
});

describe('stored anchors', () => {
  const good: LearnedAnchor = {
    target: 'sia.marketo.connect',
    app: 'sales-insight-actions',
    host: 'toutapp.com',
    page: 'sia-settings-marketo',
    source: 'learned',
    anchor: { tag: 'button', role: 'button', attrs: {}, classes: ['btn'], path: ['section.card'], label: 'link account' },
    at: '2026-12-07T20:00:00.000Z',
  };

  it('reads the current version and keeps nothing it cannot vouch for', () => {
    const bad = [
      { ...good, target: 'sia.no-such-target' },
      { ...good, page: 'sia-settings-salesforce' },
      { ...good, anchor: { ...good.anchor, classes: ['btn"] , body'] } },
      { ...good, anchor: { ...good.anchor, label: 'ana@acme.example' } },
      { ...good, extra: 'field' },
      { ...good, host: 'Not a host' },
    ];
    const read = readStoredAnchors({ version: ANCHORS_VERSION, anchors: [good, ...bad] });
    expect(read).toEqual({ kind: 'read', anchors: [good] });
  });

  it('keeps one anchor per host and target, the latest', () => {
    const later = { ...good, source: 'healed' as const, at: '2026-12-07T21:00:00.000Z' };
    expect(validAnchors([later, good])).toEqual([later]);
    expect(validAnchors([good, { ...good, host: 'other.toutapp.com' }])).toHaveLength(2);
  });

  it('keeps data of a newer or unknown format aside', () => {
    expect(readStoredAnchors({ version: ANCHORS_VERSION + 1, anchors: [] })).toEqual({ kind: 'kept', problem: 'newer-version' });
    expect(readStoredAnchors([good])).toEqual({ kind: 'kept', problem: 'unknown-format' });
    expect(readStoredAnchors({ version: ANCHORS_VERSION, anchors: 'x' })).toEqual({ kind: 'kept', problem: 'unknown-format' });
    expect(readStoredAnchors(undefined)).toEqual({ kind: 'read', anchors: [] });
  });

  it('migrates an older version step by step, and keeps it aside when a step is missing or fails', () => {
    const v1 = { version: 1, anchors: [{ ...good, anchor: { ...good.anchor, label: undefined } }] };
    const addLabel = (data: { version: number; anchors: unknown }) => ({
      version: 2,
      anchors: (data.anchors as LearnedAnchor[]).map((a) => ({ ...a, anchor: { ...a.anchor, label: a.anchor.label ?? '' } })),
    });
    expect(readStoredAnchors(v1, { 1: addLabel }, 2)).toEqual({ kind: 'read', anchors: [{ ...good, anchor: { ...good.anchor, label: '' } }] });
    expect(readStoredAnchors(v1, {}, 2)).toEqual({ kind: 'kept', problem: 'unknown-format' });
    expect(readStoredAnchors(v1, { 1: () => { throw new Error('broken'); } }, 2)).toEqual({ kind: 'kept', problem: 'unknown-format' });
  });
});
