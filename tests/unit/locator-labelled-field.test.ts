// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createVisibility, locateTarget, resolveLabelledField, type LocateContext } from '../../lib/locator';
import { TARGETS } from '../../lib/targets/registry';

const ctx: LocateContext = { root: document, page: null, isVisible: createVisibility({ checkSize: false }) };
const html = (markup: string): void => {
  document.body.innerHTML = markup;
};
const byId = (id: string): Element => document.getElementById(id) as Element;
const found = (key: keyof typeof TARGETS): Element | null => {
  const result = locateTarget(TARGETS[key], ctx);
  return result.status === 'found' ? result.element : null;
};

afterEach(() => html(''));

/** Markup of ExtJS 4 display-field rows as Marketo renders them (see public/replicas/marketo/ext.js). */
const extDisplayRow = (label: string, value: string, id: string): string => `
  <div class="x4-field x4-form-item x4-form-type-display">
    <label class="x4-form-item-label x4-form-item-label-left">${label}:</label>
    <div class="x4-form-item-body"><div class="x4-form-display-field" id="${id}">${value}</div></div>
  </div>`;

describe('labelled-field resolution', () => {
  it('follows label[for] to the field, even with Visualforce ids containing ":"', () => {
    html(`<form><label for="j_id0:frm:enable">Enable MSI Actions</label><span><input type="checkbox" id="j_id0:frm:enable"></span>
      <input type="text" id="other"></form>`);
    expect(found('sfdc.msi-config.enable')).toBe(byId('j_id0:frm:enable'));
  });

  it('finds the display field in an ExtJS 4 form row (English and German)', () => {
    html(`<div class="x4-panel">${extDisplayRow('Client ID', 'abc-123', 'id-value')}${extDisplayRow('Client Secret', '••••', 'secret-value')}</div>`);
    expect(found('marketo.integration.client-id')).toBe(byId('id-value'));
    expect(found('marketo.integration.client-secret')).toBe(byId('secret-value'));
    html(`<div class="x4-panel">${extDisplayRow('Client-ID', 'abc-123', 'de-value')}</div>`);
    const result = locateTarget(TARGETS['marketo.integration.client-id'], ctx);
    expect(result).toMatchObject({ status: 'found', way: 2, element: byId('de-value') });
  });

  it('finds the field in a Salesforce classic table row (label cell + data cell)', () => {
    html(`<table class="detailList"><tbody>
      <tr><td class="labelCol"><label>Remote Site Name</label></td><td class="dataCol"><input id="name" type="text"></td></tr>
      <tr><td class="labelCol"><label>Remote Site URL</label></td><td class="dataCol"><input id="url" type="text"></td></tr>
    </tbody></table>`);
    // td.labelCol and its label both match the text: one candidate after collapsing, resolved via the next cell.
    expect(found('sfdc.remote-sites.name')).toBe(byId('name'));
    expect(found('sfdc.remote-sites.url')).toBe(byId('url'));
  });

  it('takes only the next cell in two-column rows, never the neighbouring pair', () => {
    html(`<table><tr>
      <td class="labelCol" id="l1">Remote Site Name</td><td class="dataCol">read-only text</td>
      <td class="labelCol">Description</td><td class="dataCol"><textarea></textarea></td>
    </tr></table>`);
    // The next cell has no field, and the row holds a field belonging to "Description": no guess.
    expect(resolveLabelledField(byId('l1'))).toBeNull();
  });

  it('follows aria-labelledby back from the label', () => {
    html(`<div><span id="qf-label">Quick Find</span></div><div><input id="qf" aria-labelledby="qf-label"></div>`);
    expect(resolveLabelledField(byId('qf-label'))).toBe(byId('qf'));
  });

  it('accepts a field inside the label itself', () => {
    html(`<div role="dialog"><label id="l">Email addresses <textarea id="t"></textarea></label><input id="x"></div>`);
    expect(resolveLabelledField(byId('l'))).toBe(byId('t'));
  });

  it('returns null when the row holds several fields or none nearby', () => {
    html(`<div class="form-group"><label id="l">Status</label><input><input></div>`);
    expect(resolveLabelledField(byId('l'))).toBeNull();
    html(`<div><div><div><div><div><div><div><label id="far">Status</label></div></div></div></div></div></div><input></div>`);
    expect(resolveLabelledField(byId('far'))).toBeNull();
  });

  it('is "none" when the label is found but no field resolves, and "hidden" when the field is hidden', () => {
    html(`<label class="x4-form-item-label">Client ID:</label>`);
    let result = locateTarget(TARGETS['marketo.integration.client-id'], ctx);
    expect(result.status === 'not-found' && result.tried[1]?.outcome).toBe('none');
    html(`<div class="x4-form-item"><label class="x4-form-item-label">Client ID:</label><div class="x4-form-display-field" style="display:none">x</div></div>`);
    result = locateTarget(TARGETS['marketo.integration.client-id'], ctx);
    expect(result.status === 'not-found' && result.tried[1]?.outcome).toBe('hidden');
  });

  it('treats two labels resolving to two different fields as ambiguous', () => {
    // The status is looked for on the Action Field Sync card (its scope target).
    html(`<div class="x4-panel"><div class="x4-panel-header"><span class="x4-panel-header-text">Action Field Sync</span></div>${extDisplayRow('Status', 'Synced', 'a')}${extDisplayRow('Status', 'Never', 'b')}</div>`);
    const card = found('marketo.action-field-sync.card');
    const result = locateTarget(TARGETS['marketo.action-field-sync.status'], { ...ctx, elementOf: () => card });
    const englishLabel = result.status === 'not-found' ? result.tried.find((t) => t.by === 'text' && t.lang === 'en') : undefined;
    expect(englishLabel?.outcome).toBe('ambiguous');
  });
});
