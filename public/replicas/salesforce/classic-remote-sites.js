// Steps served: configure-msi-salesforce (the two remote sites).
// Setup › Remote Site Settings, classic pages on the Setup host:
//   /0rp   list "All Remote Sites" with the "New Remote Site" button (input.btn[name=new])
//   /0rp/e edit form (new, or ?id= to edit) with Save / Save & New / Cancel
// Every action is a page load, as in classic Salesforce; Save validates the
// way Salesforce states its rules and, on success, returns to the list.

import { h } from '../shared/dom.js';
import { linkHref } from '../shared/place.js';
import { pageTitle, pageBlock, btn, listTable, checkImg, editRow, detailList, requiredLegend } from './classic-kit.js';
import { validateSite } from './sf-store.js';

const LIST_PATH = '/0rp?setupid=SecurityRemoteProxy';

/** ctx: { t, store, go(path, extra?), link(path, extra?) } */
export function remoteSitesList(ctx) {
  const { t, store, go, link } = ctx;
  const editHref = (id) => link('/0rp/e', { id, retURL: LIST_PATH, setupid: 'SecurityRemoteProxy' });
  const rows = store.list().map((s) => [
    { cls: 'actionColumn', content: [
      h('a', { href: editHref(s.id), class: 'actionLink', title: `${t('edit')} - ${s.name}`, text: t('edit') }), ' | ',
      h('a', { href: '#', class: 'actionLink', title: `${t('del')} - ${s.name}`, text: t('del'), onclick: (e) => {
        e.preventDefault();
        if (window.confirm(t('confirmDelete'))) { store.remove(s.id); go(LIST_PATH); }
      } })] },
    { th: true, content: h('a', { href: editHref(s.id), text: s.name }) },
    // Remote Site URL is a URL field: classic lists render URL fields as links.
    { content: h('a', { href: s.url, target: '_blank', rel: 'noopener', text: s.url }) },
    { cls: 'booleanColumn', content: checkImg(t, s.active) },
  ]);
  const headers = [{ text: t('colAction'), cls: 'actionColumn' }, { text: t('colName') }, { text: t('colUrl') }, { text: t('colActive'), cls: 'booleanColumn' }];
  const newButton = () => btn(t('rsNew'), { name: 'new', onClick: () => go('/0rp/e', { retURL: LIST_PATH, setupid: 'SecurityRemoteProxy' }) });
  return {
    title: t('rsTitle'),
    el: [pageTitle(t, t('rsTitle')),
      h('div', { class: 'bDescription', text: t('rsIntro') }),
      h('div', { class: 'bRelatedList listViewport' },
        pageBlock({ title: t('rsListTitle'), buttons: newButton, body: listTable(headers, rows, t('rsEmpty')) }))],
  };
}

/** The edit form. `q` is the page's URLSearchParams (id, retURL). */
export function remoteSiteEdit(ctx, q) {
  const { t, store, go } = ctx;
  const existing = q.get('id') ? store.get(q.get('id')) : null;
  const retURL = /^\/0rp(\?|$)/.test(q.get('retURL') ?? '') ? q.get('retURL') : LIST_PATH;
  const values = existing ?? { name: '', url: '', description: '', active: true, noProtocolSecurity: false };
  const form = h('form', { id: 'editPage', name: 'editPage', method: 'post', action: linkHref('/0rp/e'), novalidate: true });

  // Field ids are the ones classic uses for these fields (SiteName, EndpointUrl, …).
  function draw(errors = {}) {
    const text = (id, value, size, max) => h('input', { type: 'text', id, name: id, value, size: String(size), maxlength: String(max),
      class: errors[id] ? 'error' : null, 'aria-invalid': errors[id] ? 'true' : null, 'aria-describedby': errors[id] ? `${id}_err` : null });
    const err = (id) => (errors[id] ? { head: t('errorLabel'), text: t(errors[id] === 'required' ? 'required_err' : errors[id]) } : null);
    const name = text('SiteName', values.name, 20, 40);
    const url = text('EndpointUrl', values.url, 80, 255);
    const noProto = h('input', { type: 'checkbox', id: 'DisableProtocolSecurity', name: 'DisableProtocolSecurity', checked: values.noProtocolSecurity });
    const desc = h('textarea', { id: 'Description', name: 'Description', rows: '3', cols: '75', maxlength: '255' });
    desc.value = values.description;
    const active = h('input', { type: 'checkbox', id: 'IsActive', name: 'IsActive', checked: values.active });
    const buttons = () => [btn(t('save'), { name: 'save', type: 'submit' }), ' ', btn(t('saveNew'), { name: 'save_new', type: 'submit' }), ' ',
      btn(t('cancel'), { name: 'cancel', onClick: () => go(retURL) })];
    const hasErrors = Object.keys(errors).length > 0;
    form.replaceChildren(pageBlock({
      title: t('rsEditTitle'), cls: 'bEditBlock', buttons, bottomButtons: buttons,
      body: [
        hasErrors ? h('div', { class: 'pbError', id: 'errorDiv_ep', role: 'alert' }, t('errInvalidData'), h('br'), t('errReview')) : null,
        requiredLegend(t),
        detailList(
          editRow({ label: t('fName'), field: name, required: true, error: err('SiteName'), errorId: 'SiteName_err' }),
          editRow({ label: t('fUrl'), field: url, required: true, error: err('EndpointUrl'), errorId: 'EndpointUrl_err' }),
          editRow({ label: t('fNoProtocol'), field: noProto }),
          editRow({ label: t('fDescription'), field: desc }),
          editRow({ label: t('fActive'), field: active })),
      ],
    }));
    return { name, url, noProto, desc, active };
  }

  let fields = draw();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    Object.assign(values, {
      name: fields.name.value, url: fields.url.value, description: fields.desc.value,
      active: fields.active.checked, noProtocolSecurity: fields.noProto.checked,
    });
    const found = validateSite({ ...values, id: existing?.id }, store.list());
    if (Object.keys(found).length) {
      fields = draw({ SiteName: found.name, EndpointUrl: found.url });
      (found.name ? fields.name : fields.url).focus();
      return;
    }
    store.put({ ...values, id: existing?.id, name: values.name.trim(), url: values.url.trim() });
    if (e.submitter?.name === 'save_new') go('/0rp/e', { retURL, setupid: 'SecurityRemoteProxy' });
    else go(retURL);
  });

  const isNew = !existing;
  return {
    title: t('rsEditTitle'),
    el: [pageTitle(t, t('rsEditTitle'), isNew ? t('rsEditNew') : existing.name), form],
  };
}
