// Steps served: invite-users-csv.
// "Invite Users via CSV": step 1 file (input type=file, accept .csv, labelled
// "CSV file", plus a "Browse…" label-button) and "Next"; step 2 the replica
// reads the file itself (FileReader, UTF-8) and shows the field mapping,
// "N users found" and a summary of what it received; "Invite"; then the
// confirmation with "OK". Each step replaces the form, so step 1's file input
// and step 2's selects never coexist (the registry tells the steps apart that way).
// For tests: document.body.dataset.replicaLastUpload = {"name","bytes","emails"}.

import { h } from '../../shared/dom.js';
import { formatNumber } from '../../shared/lang.js';
import { openDialog, dialogForm } from '../dialog.js';
import { busy, icon } from '../widgets.js';
import { FIELDS, parseCsv, autoMap, peopleFrom } from '../csv.js';
import { confirmation } from './invite-dialog.js';

const FIELD_LABEL = { email: 'mapEmail', first: 'mapFirst', last: 'mapLast', team: 'mapTeam', ignore: 'mapIgnore' };
const inviteMs = (delay) => Math.min(1000, Math.max(200, delay));

function fileStep(ctx, dlg, onRead) {
  const { t, ids } = ctx;
  const fileId = ids.x4('file');
  const hintId = ids.x4('hint');
  const input = h('input', { type: 'file', id: fileId, name: 'csvFile', accept: '.csv,text/csv', class: 'file-input', 'aria-describedby': hintId });
  const next = h('button', { type: 'submit', class: 'btn btn-primary', disabled: true }, t('next'));
  const error = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true });
  const drop = h('div', { class: 'dropzone' }, icon('upload'),
    h('label', { for: fileId, class: 'btn btn-secondary browse' }, t('browse')), input);
  input.addEventListener('change', () => { next.disabled = !input.files?.length; error.hidden = true; });
  // Dropping a file onto the zone works like choosing it.
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dropzone-over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dropzone-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dropzone-over');
    if (e.dataTransfer?.files?.length) { input.files = e.dataTransfer.files; input.dispatchEvent(new Event('change')); }
  });
  return dialogForm({
    body: [
      h('p', { class: 'step-label' }, t('csvStep1')),
      h('div', { class: 'field' }, h('label', { for: fileId, class: 'field-label' }, t('csvFileLabel')), drop,
        h('p', { id: hintId, class: 'field-hint' }, t('csvHint'))),
      error,
    ],
    footer: [h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => dlg.close() }, t('cancel')), next],
    onSubmit: () => {
      const file = input.files?.[0];
      if (!file || next.disabled) return;
      const done = busy(next, t('reading'));
      const reader = new FileReader();
      reader.onload = () => { done(); onRead(file, String(reader.result), (msg) => { error.textContent = t(msg); error.hidden = false; }); };
      reader.onerror = () => { done(); error.textContent = t('csvUnreadable'); error.hidden = false; };
      reader.readAsText(file, 'UTF-8');
    },
  });
}

function mappingStep(ctx, dlg, { file, headers, data }, onBack) {
  const { t, ids, store, scope, delay, lang } = ctx;
  const mapping = autoMap(headers);
  const mapsToId = ids.x4('th');
  const found = h('p', { class: 'found' });
  const emailsOut = h('dd', { class: 'upload-emails' });
  const skipped = h('p', { class: 'muted', hidden: true });
  const need = h('div', { class: 'alert alert-warning', role: 'alert', hidden: true }, t('needEmail'));
  const error = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('inviteBtn'));
  let result = null;

  const update = () => {
    result = peopleFrom(data, mapping);
    const n = result.people.length;
    found.textContent = n === 1 ? t('foundOne', { file: file.name }) : t('foundMany', { n: formatNumber(n, lang), file: file.name });
    emailsOut.textContent = result.emails.join(', ') || '—';
    skipped.hidden = result.skipped === 0;
    skipped.textContent = t('skippedRows', { n: result.skipped });
    need.hidden = mapping.includes('email');
    submit.disabled = n === 0;
    document.body.dataset.replicaLastUpload = JSON.stringify({ name: file.name, bytes: file.size, emails: result.emails });
  };
  const rows = headers.map((header, i) => {
    const cellId = ids.x4('cell');
    const sample = data.map((r) => (r[i] ?? '').trim()).find(Boolean) ?? '';
    const select = h('select', { class: 'input input-sm', name: `map-${i}`, 'aria-labelledby': `${mapsToId} ${cellId}` },
      FIELDS.map((f) => h('option', { value: f, selected: mapping[i] === f }, t(FIELD_LABEL[f]))));
    select.addEventListener('change', () => { mapping[i] = select.value; update(); });
    return h('tr', null, h('td', { id: cellId }, header.trim() || `(${i + 1})`), h('td', { class: 'muted' }, sample), h('td', null, select));
  });
  update();

  return dialogForm({
    body: [
      h('p', { class: 'step-label' }, t('csvStep2')),
      found,
      h('dl', { class: 'upload-summary' },
        h('dt', null, t('upReceived')), h('dd', null, file.name),
        h('dt', null, t('upSize')), h('dd', null, t('upBytes', { n: formatNumber(file.size, lang) })),
        h('dt', null, t('upEmails')), emailsOut),
      h('h3', { class: 'section-title' }, t('mappingTitle')),
      h('table', { class: 'table table-compact mapping' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('colCsv')), h('th', { scope: 'col' }, t('colSample')), h('th', { scope: 'col', id: mapsToId }, t('colMapsTo')))),
        h('tbody', null, rows)),
      skipped, need, error,
    ],
    footer: [h('button', { type: 'button', class: 'btn btn-secondary', onclick: onBack }, t('back')), submit],
    onSubmit: () => {
      if (submit.disabled) return;
      const people = result.people;
      const done = busy(submit, t('inviting'));
      scope.later(inviteMs(delay), () => {
        done();
        const res = store.invite(people);
        if (!dlg.open) return;
        if (!res.added.length) { error.textContent = t('errAllExisting'); error.hidden = false; return; }
        dlg.setContent(confirmation(ctx, res, () => dlg.close()));
      });
    },
  });
}

export function openCsvDialog(ctx, opener) {
  const { t, ids } = ctx;
  const dlg = openDialog({ ids, title: t('inviteCsv'), closeLabel: t('close'), size: 'lg', returnFocus: opener, content: h('div') });
  const toFile = () => dlg.setContent(fileStep(ctx, dlg, (file, text, fail) => {
    const { rows } = parseCsv(text);
    const [headers = [], ...data] = rows;
    // Record what the upload received before judging it, so tests see even a rejected file.
    document.body.dataset.replicaLastUpload = JSON.stringify({
      name: file.name, bytes: file.size, emails: peopleFrom(data, autoMap(headers)).emails,
    });
    if (!data.length) return fail('csvEmpty');
    dlg.setContent(mappingStep(ctx, dlg, { file, headers, data }, toFile));
  }));
  toFile();
  return dlg;
}
