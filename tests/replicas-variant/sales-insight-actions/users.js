// Settings › Admin Settings › User Management: the user table, the Actions menu (Invite Users, Invite Users
// via CSV, Export Users), the invite dialog (its confirmation in an alert dialog of its own, after the
// invite dialog closed) and the CSV dialog (a hidden file input beside its Browse button, then the field
// mapping; its confirmation inside the dialog). New members join the team Everyone.
import { h, replace } from '../shared/dom.js';
import { button, dialog, field, icon } from './kit.js';

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

function table(ctx) {
  const { t, store } = ctx;
  const rows = store.get().users.map((u) => h('tr', {}, h('td', {}, u.name || '—'), h('td', {}, u.email), h('td', {}, u.role === 'admin' ? t.users.admin : t.users.user),
    h('td', {}, t.teams.everyone), h('td', {}, u.status === 'active' ? t.users.active : t.users.invited)));
  return h('table', { class: 'Table_6g' }, h('thead', {}, h('tr', {}, [t.users.name, t.users.email, t.users.role, t.users.team, t.users.status].map((c) => h('th', {}, c)))), h('tbody', {}, rows));
}

function addUsers(ctx, people) {
  const { store } = ctx;
  const known = new Set(store.get().users.map((u) => u.email.toLowerCase()));
  const fresh = people.filter((p) => !known.has(p.email.toLowerCase())).map((p) => ({ role: 'user', status: 'invited', name: '', ...p }));
  store.set({ users: [...store.get().users, ...fresh] });
  return people.length;
}

function inviteDialog(ctx, redraw) {
  const { t } = ctx;
  const emails = h('textarea', { rows: '3', class: 'TextArea_2n' });
  const team = h('select', {}, h('option', {}, t.invite.everyone));
  const error = h('div', { role: 'alert', class: 'FieldError_1e' });
  const d = dialog({
    title: t.invite.title, truthTitle: 'sia.users.invite-dialog-title',
    content: [field({ label: t.invite.emails, control: emails, hint: t.invite.emailsHint, truth: 'sia.users.invite-emails' }), field({ label: t.invite.team, control: team }), error],
    buttons: [
      button({ label: t.invite.cancel, onClick: () => d.close() }),
      button({ label: t.invite.submit, variant: 'cta', truth: 'sia.users.invite-submit', onClick: () => {
        const list = emails.value.split(/[\s,;]+/).filter(Boolean);
        if (!list.length || !list.every((e) => EMAIL.test(e))) return replace(error, t.invite.invalid);
        const n = addUsers(ctx, list.map((email) => ({ email })));
        d.close();
        redraw();
        const done = dialog({ role: 'alertdialog', title: t.invite.sentTitle, truthTitle: 'sia.users.invite-confirmation', content: h('p', {}, t.invite.sent(n)),
          buttons: [button({ label: t.invite.ok, variant: 'cta', onClick: () => done.close() })] });
      } }),
    ],
  });
}

function parse(text) {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim());
  const sep = (lines[0] ?? '').includes(';') ? ';' : ',';
  return lines.map((l) => l.split(sep).map((c) => c.trim()));
}

function csvDialog(ctx, redraw) {
  const { t } = ctx;
  let rows = [];
  const fileInput = h('input', { type: 'file', accept: '.csv,text/csv', class: 'visually-hidden', tabindex: '-1' });
  const fileName = h('span', { class: 'Hint_2s' }, t.csv.noFile);
  const next = button({ label: t.csv.next, variant: 'cta', disabled: true, truth: 'sia.users.csv-next', onClick: () => mapping() });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    fileName.textContent = file.name;
    rows = parse(await file.text());
    next.disabled = rows.length < 2;
  });
  const browse = button({ label: t.csv.browse, truth: 'sia.users.csv-file', onClick: () => fileInput.click() });
  const cancel = button({ label: t.csv.cancel, onClick: () => d.close() });
  const d = dialog({ title: t.csv.title, truthTitle: 'sia.users.csv-dialog-title', content: [h('p', {}, t.csv.intro), h('div', { class: 'Toolbar_3c' }, browse, fileInput, fileName)], buttons: [cancel, next] });
  const group = d.box.querySelector('.ButtonGroup_2z');

  function mapping() {
    const [header, ...data] = rows;
    const guess = (name) => (/mail/i.test(name) ? 'email' : /first|vorname/i.test(name) ? 'first' : /last|nachname/i.test(name) ? 'last' : /team/i.test(name) ? 'team' : 'ignore');
    const selects = header.map((name) => {
      const select = h('select', {}, ['email', 'first', 'last', 'team', 'ignore'].map((key) => h('option', { value: key }, key === 'ignore' ? t.csv.ignore : t.csv.fields[key])));
      select.value = guess(name);
      return select;
    });
    const grid = h('table', { class: 'Table_6g MappingTable_0m', 'data-truth': 'sia.users.csv-mapping' },
      h('thead', {}, h('tr', {}, h('th', {}, t.csv.column), h('th', {}, t.csv.sample), h('th', {}, t.csv.field))),
      h('tbody', {}, header.map((name, i) => h('tr', {}, h('td', {}, name), h('td', {}, data[0]?.[i] ?? ''), h('td', {}, selects[i])))));
    const error = h('div', { role: 'alert', class: 'FieldError_1e' });
    replace(d.body, h('h3', {}, t.csv.mapping), h('p', {}, t.csv.mappingIntro), grid, error);
    replace(group, button({ label: t.csv.back, onClick: () => (d.close(), csvDialog(ctx, redraw)) }),
      button({ label: t.csv.invite, variant: 'cta', truth: 'sia.users.csv-invite', onClick: () => {
        const col = (key) => selects.findIndex((s) => s.value === key);
        if (col('email') < 0) return replace(error, t.csv.needEmail);
        const people = data.map((r) => ({ email: r[col('email')], name: [r[col('first')], r[col('last')]].filter(Boolean).join(' ') })).filter((p) => EMAIL.test(p.email ?? ''));
        if (!people.length) return replace(error, t.csv.empty);
        const n = addUsers(ctx, people);
        redraw();
        replace(d.body, h('div', { role: 'alert', class: 'Banner--positive_7c', 'data-truth': 'sia.users.csv-confirmation' }, icon('check'), h('span', {}, t.csv.sent(n))));
        replace(group, button({ label: t.csv.dismiss, variant: 'cta', onClick: () => d.close() }));
      } }));
  }
}

/** The User Management panel. */
export function usersPanel(ctx, panel) {
  const { t, store } = ctx;
  let menu = null;
  const closeMenu = () => (menu?.remove(), (menu = null), trigger.setAttribute('aria-expanded', 'false'));
  const tableHost = h('div', {});
  const redraw = () => replace(tableHost, table(ctx));
  const trigger = h('button', { type: 'button', class: 'Btn_0k MenuTrigger_6u', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'data-truth': 'sia.users.actions', onclick: (event) => {
    event.stopPropagation();
    if (menu) return closeMenu();
    const item = (label, onClick, truth) => h('div', { role: 'menuitem', tabindex: '-1', 'data-truth': truth, onclick: () => (closeMenu(), onClick()) }, label);
    menu = h('div', { role: 'menu', class: 'MenuPop_5t' },
      h('div', { role: 'group' }, item(t.users.invite, () => inviteDialog(ctx, redraw), 'sia.users.invite'), item(t.users.inviteCsv, () => csvDialog(ctx, redraw), 'sia.users.invite-csv')),
      h('div', { role: 'separator' }), h('div', { role: 'group' }, item(t.users.export, () => {})));
    const box = trigger.getBoundingClientRect();
    Object.assign(menu.style, { top: `${box.bottom + 4}px`, left: `${box.left}px`, position: 'fixed' });
    document.body.append(menu);
    trigger.setAttribute('aria-expanded', 'true');
  } }, h('span', {}, t.users.actions), icon('chevron'));
  document.addEventListener('click', () => menu && closeMenu());
  redraw();
  panel.append(h('h1', {}, t.users.title),
    h('div', { class: 'Toolbar_3c' }, h('input', { type: 'search', placeholder: t.users.search, 'aria-label': t.users.search }), h('span', { class: 'Hint_2s' }, t.users.seats(store.get().users.length)), h('span', { class: 'Spacer_1a', style: { flex: '1' } }), trigger),
    tableHost);
}
