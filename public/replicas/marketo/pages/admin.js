// Steps served: prereq-salesforce-sync (Admin › Salesforce); the Admin home every Marketo step starts from.
// The simple canvas pages: admin home, Users & Roles, Email, Web Services,
// Salesforce (evidence for prerequisite P2), LaunchPoint, Marketing Activities.
// Each takes the page context and returns the element for the canvas body.

import { h } from '../../shared/dom.js';
import { formatDateTime, formatNumber } from '../../shared/lang.js';
import { ADMINS } from '../store.js';

/** ExtJS 3 label/value row: div.x-form-item > label.x-form-item-label + div.x-form-element > div.x-form-display-field */
function field3(label, value, cls) {
  return h('div', { class: 'x-form-item' },
    h('label', { class: 'x-form-item-label' }, `${label}:`),
    h('div', { class: 'x-form-element' }, h('div', { class: ['x-form-display-field', cls] }, value)));
}

export function adminHome({ t, ext }) {
  return ext.panel3(t('titleAdmin'), h('p', { class: 'mkt-intro' }, t('adminIntro')));
}

export function users({ t, ext }) {
  return ext.panel3(t('titleUsers'), ext.grid3([t('colName'), t('colEmail'), t('colRole')],
    ADMINS.map((a) => [a.name, a.email, t('roleAdmin')])));
}

export function email({ t, ext }) {
  return ext.panel3(t('titleEmail'), h('div', { class: 'x-form' },
    field3(t('emailFrom'), 'marketing@example.com'), field3(t('emailReply'), 'no-reply@example.com')));
}

export function webServices({ t, ext, opts }) {
  const base = `https://${opts.munchkinId}.mktorest.com`;
  return ext.panel3(t('webServicesPanel'), h('fieldset', { class: 'x-fieldset' },
    h('legend', { class: 'x-fieldset-header' }, t('restApi')),
    field3(t('restEndpoint'), `${base}/rest`), field3(t('identityEndpoint'), `${base}/identity`)));
}

export function salesforce({ t, ext, opts, lang }) {
  const on = opts.features.sfSync;
  // The last sync is "a few minutes ago", like a healthy sync every 5 minutes.
  const last = new Date(Date.now() - 4 * 60_000);
  return h('div', null,
    ext.toolbar3(ext.btn3(t('sfEditCreds')), ext.btn3(on ? t('sfDisable') : t('sfEnable'))),
    ext.panel3(t('sfPanel'), h('div', { class: 'x-form' },
      field3(t('sfStatus'), on ? t('sfEnabled') : t('sfDisabled'), on ? 'mkt-status-enabled' : 'mkt-status-disabled'),
      field3(t('sfUser'), 'sync.user@example.com'),
      field3(t('sfLastSync'), on ? formatDateTime(last, lang) : t('sfNever')),
      field3(t('sfLeads'), formatNumber(on ? 128456 : 0, lang)))));
}

export function launchPoint({ t, ext }) {
  return ext.panel3(t('titleInstalled'), ext.grid3([t('colService'), t('colType')], [
    ['Sales Insight Actions', 'Custom'], ['Zoom', 'Webinar Provider'], ['CRM Connector', 'Custom'],
  ]));
}

export function marketing({ t, ext }) {
  return ext.panel3(t('titleMarketing'), h('p', { class: 'mkt-intro' }, t('mlIntro')));
}
