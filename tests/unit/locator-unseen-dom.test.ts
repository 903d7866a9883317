// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createVisibility, locateTarget, normalizeText, type LocateContext } from '../../lib/locator';
import { TARGETS, type TargetKey } from '../../lib/targets/registry';

/*
 * A customer's DOM nobody here has seen: ordinary buttons and links outside the class lists the text ways
 * name, icon buttons named by hidden text, `title` or `aria-labelledby`, labels with icon glyphs and
 * no-break spaces, and the ExtJS 3, 4.1 and 4.2 markup of the same Marketo widgets.
 */

const isVisible = createVisibility({ checkSize: false });
const html = (markup: string): void => {
  document.body.innerHTML = markup;
};
const byId = (id: string): Element => document.getElementById(id) as Element;
/** The element the guide would point at for `key` on `page`, or null. */
const found = (key: TargetKey, page: LocateContext['page'] = null): Element | null => {
  const result = locateTarget(TARGETS[key], { root: document, page, isVisible });
  return result.status === 'found' ? result.element : null;
};

afterEach(() => html(''));

describe('label normalisation', () => {
  it('drops icon glyphs, no-break spaces, trailing colons and ellipses', () => {
    expect(normalizeText('\uE612\u00A0Send\u00A0Invite')).toBe('send invite');
    expect(normalizeText('⚙ Settings ▾')).toBe('settings');
    expect(normalizeText('Browse…')).toBe('browse');
    expect(normalizeText('Browse...')).toBe('browse');
    expect(normalizeText('Client ID:')).toBe('client id');
  });
});

describe('text ways beyond their class list (role fallback by accessible name)', () => {
  it('finds an ordinary button with the label where no candidate carries it', () => {
    html(`<main><div class="Toolbar_x"><button id="b" class="Btn_9f">Actions</button></div></main>`);
    expect(found('sia.users.actions', 'sia-user-management')).toBe(byId('b'));
  });

  it('finds a settings entry that is an ARIA link without href, outside nav', () => {
    html(`<div class="Side_1"><div role="link" tabindex="0" id="l">User Management</div><div role="link" tabindex="0">Marketo</div></div>`);
    expect(found('sia.admin.user-management', 'sia-settings')).toBe(byId('l'));
  });

  it('finds a tab that is a plain ARIA tab in another container', () => {
    html(`<div class="Tabs_z"><div role="tab" id="t">Connections &amp; Customizations</div><div role="tab">Field Mapping</div></div>`);
    expect(found('sia.salesforce.connections-tab', 'sia-settings-salesforce')).toBe(byId('t'));
  });

  it('finds a menu item of an ExtJS 4 menu by its label with an icon glyph', () => {
    html(`<div class="x4-menu"><div class="x4-menu-item" id="m"><a class="x4-menu-item-link"><span class="x4-menu-item-icon">\uE601</span><span>Invite Users</span></a></div></div>`);
    expect(found('sia.users.invite', 'sia-user-management')).toBe(byId('m'));
  });

  it('finds a dialog button only inside a dialog, never a pager or banner with the same label', () => {
    html(`<div class="pager"><span role="button" tabindex="0">Next</span></div>`);
    expect(found('sia.users.csv-next', 'sia-user-management')).toBeNull();
    html(`<div class="pager"><span role="button" tabindex="0">Next</span></div><div role="dialog"><span role="button" tabindex="0" id="n">Next</span></div>`);
    expect(found('sia.users.csv-next', 'sia-user-management')).toBe(byId('n'));
  });
});

describe('icon buttons named by hidden text, title or aria-labelledby', () => {
  it('finds the gear named by screen-reader-only text', () => {
    html(`<header><button aria-haspopup="menu" id="g" class="IconBtn_4"><svg aria-hidden="true"></svg><span class="sr-only">Settings</span></button></header>`);
    expect(found('sia.gear', 'sia-other')).toBe(byId('g'));
  });

  it('finds the gear named by its title or aria-labelledby, German UI', () => {
    html(`<header><span role="button" aria-haspopup="true" id="g" title="Einstellungen"><i class="icon"></i></span></header>`);
    expect(found('sia.gear', 'sia-other')).toBe(byId('g'));
    html(`<header><span id="name" hidden>Einstellungsmenü</span><button aria-haspopup="menu" aria-labelledby="name" id="g2"><i></i></button></header>`);
    expect(found('sia.gear', 'sia-other')).toBe(byId('g2'));
  });
});

describe('Marketo structure ways in ExtJS 3, 4.1 and 4.2 markup', () => {
  const card = (button: string) => `<div class="x4-panel mktsi-invite"><div class="x4-panel-body">${button}</div></div>`;

  it('finds Send Invite as an ExtJS 4.2 anchor, an ExtJS 4.1 div and an ExtJS 3 table button, any label', () => {
    html(card(`<a class="x4-btn mktButtonPositive"><span class="x4-btn-wrap"><span class="x4-btn-inner" id="s">Einladung verschicken</span></span></a>`));
    expect(found('marketo.invite.send', 'marketo-admin-sales-insight')).toBe(byId('s'));
    html(card(`<div class="x4-btn mktButtonPositive"><em><button class="x4-btn-center"><span class="x4-btn-inner" id="s">Einladung verschicken</span></button></em></div>`));
    expect(found('marketo.invite.send', 'marketo-admin-sales-insight')).toBe(byId('s'));
    html(card(`<table class="x-btn mktButtonPositive"><tbody><tr><td class="x-btn-mc"><em><button class="x-btn-text" id="s">Einladung verschicken</button></em></td></tr></tbody></table>`));
    expect(found('marketo.invite.send', 'marketo-admin-sales-insight')).toBe(byId('s'));
  });

  it('finds Start Sync as the primary button of a field-preview window in ExtJS 4.1 and 4.2 markup', () => {
    const win = (button: string) => `<div class="x4-window"><div class="x4-grid"></div>${button}</div>`;
    html(win(`<div class="x4-btn mktButtonPositive"><em><button><span class="x4-btn-inner" id="s">Los</span></button></em></div>`));
    expect(found('marketo.action-field-sync.start-sync', 'marketo-admin-sales-insight')).toBe(byId('s'));
    html(win(`<a class="x4-btn mktButtonPositive"><span class="x4-btn-inner" id="s">Los</span></a>`));
    expect(found('marketo.action-field-sync.start-sync', 'marketo-admin-sales-insight')).toBe(byId('s'));
  });

  it('finds the Actions Config tab as an ExtJS 4.1 tab (a button in a div), an ExtJS 3 strip entry and by its German labels', () => {
    html(`<div class="x4-tab-bar"><div class="x4-tab"><em><button role="button"><span class="x4-tab-inner">Overview</span></button></em></div><div class="x4-tab" id="t"><em><button role="button"><span class="x4-tab-inner">Actions&nbsp;Config</span></button></em></div></div>`);
    expect(found('marketo.sales-insight.actions-config-tab', 'marketo-admin-sales-insight')?.closest('#t')).toBe(byId('t'));
    html(`<ul class="x-tab-strip"><li id="t"><a class="x-tab-right"><em class="x-tab-left"><span class="x-tab-strip-inner"><span class="x-tab-strip-text">Aktionskonfiguration</span></span></em></a></li></ul>`);
    expect(found('marketo.sales-insight.actions-config-tab', 'marketo-admin-sales-insight')?.closest('#t')).toBe(byId('t'));
  });

  it('finds an ExtJS 3 tree node of the Admin tree with an icon before its label', () => {
    html(`<ul><li class="x-tree-node"><div class="x-tree-node-el" id="n"><img class="x-tree-node-icon" alt=""><a><span>\uE620\u00A0Sales Insight</span></a></div></li></ul>`);
    expect(found('marketo.admin-tree.sales-insight', 'marketo-admin')?.closest('#n')).toBe(byId('n'));
  });
});

describe('navigation from sibling pages', () => {
  const settings = `<aside><nav><a href="#settings/crm/salesforce/configure">Salesforce</a><a href="#settings/admin/marketo">Marketo</a><a href="#settings/admin/user-management" id="um">User Management</a></nav></aside>
    <main><button id="connect">Connect</button></main>`;

  it('finds a settings navigation entry on a sibling settings page, and knows Settings is reached', () => {
    html(settings);
    expect(found('sia.admin.user-management', 'sia-settings-marketo')).toBe(byId('um'));
    expect(locateTarget(TARGETS['sia.settings'], { root: document, page: 'sia-settings-marketo', isVisible }).status).toBe('route');
    expect(locateTarget(TARGETS['sia.gear'], { root: document, page: 'sia-user-management', isVisible }).status).toBe('route');
  });

  it("never takes one settings page's control for another's (Connect on Salesforce is not Marketo's)", () => {
    html(settings);
    expect(found('sia.marketo.connect', 'sia-settings-salesforce')).toBeNull();
    expect(found('sia.marketo.connect', 'sia-settings-marketo')).toBe(byId('connect'));
  });
});
