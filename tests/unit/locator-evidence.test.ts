// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createVisibility, evaluateEvidence, locateTarget, readEvidence, type LocateContext } from '../../lib/locator';
import { TARGETS } from '../../lib/targets/registry';

const isVisible = createVisibility({ checkSize: false });
const ctx = (page: LocateContext['page'] = null): LocateContext => ({ root: document, page, isVisible });
const html = (markup: string): void => {
  document.body.innerHTML = markup;
};
const byId = (id: string): Element => document.getElementById(id) as Element;
const read = (check: Parameters<typeof readEvidence>[0], id: string): boolean => readEvidence(check, byId(id), isVisible);

afterEach(() => html(''));

describe('readEvidence', () => {
  it('is false for a missing element, whatever the check', () => {
    for (const check of [{ kind: 'visible' }, { kind: 'text-nonempty' }, { kind: 'text-matches', phrases: [''] }, { kind: 'checked' }, { kind: 'count-at-least', count: 0 }] as const) {
      expect(readEvidence(check, null, isVisible)).toBe(false);
    }
  });

  it('visible', () => {
    html(`<span id="a">x</span><span id="b" style="display:none">x</span>`);
    expect(read({ kind: 'visible' }, 'a')).toBe(true);
    expect(read({ kind: 'visible' }, 'b')).toBe(false);
  });

  it('text-nonempty reads input values and text, ignoring whitespace, NBSP and zero-width characters', () => {
    html(`
      <input id="filled" value="abc"><input id="blank" value="  "><textarea id="ta">x</textarea>
      <div class="x4-form-display-field" id="shown">3f2a-11</div>
      <div class="x4-form-display-field" id="nbsp">&nbsp;</div>
      <div id="zw">\u200b \u2060</div>`);
    expect(['filled', 'blank', 'ta', 'shown', 'nbsp', 'zw'].map((id) => read({ kind: 'text-nonempty' }, id))).toEqual([true, false, true, true, false, false]);
  });

  it('text-matches compares the whole normalized text, so negations do not count', () => {
    html(`<div id="on"> enabled </div><div id="off">Deaktiviert</div><div id="de">Aktiviert</div><div id="not">Not enabled</div>`);
    const check = { kind: 'text-matches', phrases: ['Enabled', 'Aktiviert'] } as const;
    expect(['on', 'off', 'de', 'not'].map((id) => read(check, id))).toEqual([true, false, true, false]);
  });

  it('checked: native checkbox, aria-checked, ExtJS classes on the element or its table', () => {
    html(`
      <input type="checkbox" id="native-on" checked><input type="checkbox" id="native-off">
      <div role="checkbox" aria-checked="true" id="aria-on"></div><div role="switch" aria-checked="false" id="aria-off"></div>
      <table class="x4-form-item x4-form-cb-checked"><tr><td><input type="button" id="ext4-on"></td></tr></table>
      <table class="x4-form-item"><tr><td><input type="button" id="ext4-off"></td></tr></table>
      <div class="x-form-cb-checked" id="ext3-on"></div>`);
    const ids = ['native-on', 'native-off', 'aria-on', 'aria-off', 'ext4-on', 'ext4-off', 'ext3-on'];
    expect(ids.map((id) => read({ kind: 'checked' }, id))).toEqual([true, false, true, false, true, false, true]);
  });

  it('count-at-least on one element holds only for counts up to 1', () => {
    html(`<span id="a">x</span>`);
    expect(read({ kind: 'count-at-least', count: 1 }, 'a')).toBe(true);
    expect(read({ kind: 'count-at-least', count: 2 }, 'a')).toBe(false);
  });

  it('never returns or exposes the secret it reads', () => {
    const secret = 'sk_live_9f8e7d6c5b4a';
    html(`<div class="x4-panel"><div class="x4-form-item"><label class="x4-form-item-label">Client Secret:</label>
      <div class="x4-form-display-field" id="s">${secret}</div></div></div>
      <input id="api" value="${secret}">`);
    const def = TARGETS['marketo.integration.client-secret'];
    const outputs: unknown[] = [
      readEvidence({ kind: 'text-nonempty' }, byId('s'), isVisible),
      readEvidence({ kind: 'text-matches', phrases: ['x'] }, byId('s'), isVisible),
      readEvidence({ kind: 'text-nonempty' }, byId('api'), isVisible),
      evaluateEvidence({ kind: 'text-nonempty' }, def, ctx()),
      evaluateEvidence({ kind: 'count-at-least', count: 1 }, def, ctx()),
      locateTarget(def, ctx()),
    ];
    expect(outputs.slice(0, 5).every((o) => typeof o === 'boolean')).toBe(true);
    // The located element is the page's own node; the result object itself holds no copied text.
    const { element: _element, ...rest } = outputs[5] as { element: Element };
    expect(JSON.stringify(rest)).not.toContain(secret);
    html('');
    expect(JSON.stringify(locateTarget(def, ctx()))).not.toContain(secret);
  });
});

describe('evaluateEvidence', () => {
  it('locates and reads in one go', () => {
    html(`<div class="x-panel"><div class="x-form-item"><label class="x-form-item-label">Sync Status:</label>
      <div class="x-form-display-field">Enabled</div></div></div>`);
    const def = TARGETS['marketo.salesforce-sync.status'];
    expect(evaluateEvidence({ kind: 'text-matches', phrases: ['Enabled', 'Aktiviert'] }, def, ctx())).toBe(true);
    expect(evaluateEvidence({ kind: 'text-matches', phrases: ['Disabled'] }, def, ctx())).toBe(false);
  });

  it('reads the Enable MSI Actions checkbox through its label', () => {
    html(`<table><tr><td class="labelCol"><label for="j_id0:f:en">Enable MSI Actions</label></td><td><input type="checkbox" id="j_id0:f:en"></td></tr></table>`);
    const def = TARGETS['sfdc.msi-config.enable'];
    expect(evaluateEvidence({ kind: 'checked' }, def, ctx())).toBe(false);
    (byId('j_id0:f:en') as HTMLInputElement).checked = true;
    expect(evaluateEvidence({ kind: 'checked' }, def, ctx())).toBe(true);
  });

  it('counts list entries for count-at-least', () => {
    html(`<table class="list"><tr class="dataRow"><td>https://ims-na1.adobelogin.com</td></tr><tr class="dataRow"><td>https://ims-na1.adobelogin.com/x</td></tr></table>`);
    const def = TARGETS['sfdc.remote-sites.ims-listed'];
    expect(evaluateEvidence({ kind: 'count-at-least', count: 2 }, def, ctx())).toBe(true);
    expect(evaluateEvidence({ kind: 'count-at-least', count: 3 }, def, ctx())).toBe(false);
  });

  it('a route result satisfies "visible" only', () => {
    const def = TARGETS['sfdc.installed-packages.table'];
    expect(evaluateEvidence({ kind: 'visible' }, def, ctx('sfdc-installed-packages'))).toBe(true);
    expect(evaluateEvidence({ kind: 'text-nonempty' }, def, ctx('sfdc-installed-packages'))).toBe(false);
    expect(evaluateEvidence({ kind: 'visible' }, def, ctx('sfdc-other'))).toBe(false);
  });
});

describe('completion wording variants (the registry rules)', () => {
  const rule = (stepRules: readonly { id: string; check: Parameters<typeof readEvidence>[0] }[], id: string) => stepRules.find((r) => r.id === id)!.check;

  it('step 4: English and German status wordings count, with a detail after them; negations and "never" do not', async () => {
    const { START_DATA_SYNC } = await import('../../lib/apps/marketo/steps');
    const check = rule(START_DATA_SYNC.completion.rules, 's4-sync-status');
    const holds = ['Sync in progress (started 10:15)', 'Synchronisierung gestartet', 'Synchronisation läuft…', 'Abgeschlossen\u00A0(10:17)', 'Synchronisiert, 10:17'];
    const fails = ['Not synced', 'Nicht synchronisiert', 'Never synced', 'Noch nicht gestartet', 'Synchronisierung fehlgeschlagen', 'Last synced: never'];
    html([...holds, ...fails].map((text, i) => `<div id="s${i}">${text}</div>`).join(''));
    expect([...holds, ...fails].map((_, i) => read(check, `s${i}`))).toEqual([...holds.map(() => true), ...fails.map(() => false)]);
  });

  it('a confirmation in its own alert dialog, after the invite dialog closed, completes step 5 and not step 6', () => {
    html(`<div role="alertdialog"><h2>2 Einladungen gesendet</h2><button>OK</button></div>`);
    const afterDialog = { ...ctx('sia-user-management'), elementOf: () => null, wasShown: () => true };
    expect(locateTarget(TARGETS['sia.users.invite-confirmation'], afterDialog).status).toBe('found');
    // Another dialog's confirmation: step 6's dialog was never open, so step 5's alert does not confirm it.
    expect(locateTarget(TARGETS['sia.users.csv-confirmation'], { ...afterDialog, wasShown: () => false }).status).toBe('not-found');
    // Two alert dialogs: which one confirms what cannot be told.
    html(`<div role="alertdialog"><h2>2 Einladungen gesendet</h2></div><div role="alertdialog"><h2>Einladung fehlgeschlagen</h2></div>`);
    expect(locateTarget(TARGETS['sia.users.invite-confirmation'], afterDialog).status).toBe('not-found');
  });

  it('a German toast that uses the verb ("eingeladen") confirms the CSV invite; the CSV dialog title does not', () => {
    html(`<div role="alertdialog"><h2>Benutzer über CSV einladen</h2></div><div role="status">3 Benutzer wurden eingeladen</div>`);
    const result = locateTarget(TARGETS['sia.users.csv-confirmation'], { ...ctx('sia-user-management'), elementOf: () => null });
    expect(result.status).toBe('not-found');
    html(`<div role="status">3 Benutzer wurden eingeladen</div>`);
    const scoped = locateTarget(TARGETS['sia.users.csv-confirmation'], { ...ctx('sia-user-management'), elementOf: () => document.body });
    expect(scoped.status).toBe('found');
  });
});
