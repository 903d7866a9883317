// Which Admin page renders for a route token. Unknown tokens get a plain placeholder page.
import { h } from '../shared/dom.js';
import { ext3Button, ext3Grid, ext3Panel, ext3TabStrip, ext3Toolbar } from './ext3.js';
import { salesInsightPage } from './sales-insight.js';
import { glyph } from './shell.js';

/** Admin › Salesforce (SF0A1): the Marketo ↔ Salesforce sync and its status (prerequisite P2). */
function salesforcePage(ctx, body) {
  const { t, store } = ctx;
  const on = store.get().sfdcSync;
  const toggle = ext3Button({
    label: on ? t.sfdc.disable : t.sfdc.enable, iconCls: on ? 'mkiStop' : 'mkiPlay',
    onClick: () => {
      store.set({ sfdcSync: !on });
      ctx.rerender();
    },
  });
  const row = (label, value) => h('div', { class: 'x-form-item mktSfdcRow' }, h('label', { class: 'x-form-item-label' }, `${label}:`), h('div', { class: 'x-form-element' }, value));
  const status = h('span', { class: `mktSfdcSyncStatus ${on ? 'mktStatusOn' : 'mktStatusOff'}` }, glyph(on ? '\ue610' : '\ue611'), on ? t.sfdc.enabled : t.sfdc.disabled);
  body.append(ext3Panel({
    title: t.sfdc.card, cls: 'mktSfdcSyncPanel',
    tbar: ext3Toolbar([ext3Button({ label: t.sfdc.editCredentials, iconCls: 'mkiEdit' }), h('span', { class: 'xtb-sep' }), toggle]),
    body: [row(t.sfdc.status, status), row(t.sfdc.user, 'mktosync@acme.example'), on ? row('', t.sfdc.lastSync) : null],
  }));
}

/** Admin › Users & Roles: a page an admin may land on first (scenario admin-start-users). */
function usersPage({ t }, body) {
  const grid = ext3Grid({
    cls: 'mktUsersGrid', columns: [t.users.name, t.users.email, t.users.role],
    rows: [['Marketo Admin', 'admin@acme.example', 'Admin'], ['Jordan Lee', 'jordan.lee@acme.example', 'Admin'], ['Priya Raman', 'priya.raman@acme.example', 'Marketing User']],
  });
  body.append(h('div', { class: 'x-tab-panel mktUsersRoles' }, ext3TabStrip({ titles: [t.users.usersTab, t.users.rolesTab] }),
    ext3Panel({ tbar: ext3Toolbar([ext3Button({ label: t.users.invite, iconCls: 'mkiAddUser' })]), body: grid })));
}

function myAccountPage({ t, munchkinId }, body) {
  body.append(ext3Panel({ title: t.myAccount.subscription, cls: 'mktMyAccount', body: [h('div', { class: 'x-form-item' }, `${t.myAccount.munchkin}: ${munchkinId}`)] }));
}

const placeholder = ({ t }, body) => body.append(ext3Panel({ body: h('p', { class: 'mktEmpty' }, t.generic.empty) }));

const PAGES = { SF0A1: salesforcePage, SC0A1: salesInsightPage, UR0A1: usersPage, MA0A1: myAccountPage };

/** The renderer for an Admin route token. */
export const pageFor = (token) => PAGES[token] ?? placeholder;
