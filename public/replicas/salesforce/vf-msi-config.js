// Steps served: configure-msi-salesforce (Enable MSI Actions, API Secret Key).
// mountMsiConfig(root, o): the MSI package's Visualforce page
// /apex/mkto_si__Marketo_Sales_Insight_Config on the Visualforce host.
// Markup follows what apex:pageBlock / pageBlockSection / pageMessages render:
// colon-separated component ids (j_id0:mktoForm:…), th.labelCol labels, buttons
// repeated in td.pbButton (top) and td.pbButtonb (bottom). Save is a postback:
// the page reloads and shows "Your settings have been saved." once.
// Field order and section names are inferred from Adobe's docs.

import { h } from '../shared/dom.js';
import { makeT } from '../shared/lang.js';
import { createScope } from '../shared/timing.js';
import { CLASSIC_STRINGS } from './strings-classic.js';
import { goReplace, here, hostStorage, linkHref } from '../shared/place.js';
import { createConfigStore, validateConfig, setFlash, takeFlash } from './sf-store.js';
import { pageTitle, pageBlock, btn, pageMessage } from './classic-kit.js';

const FORM = 'j_id0:mktoForm';
const BLOCK = `${FORM}:configBlock`;

export function mountMsiConfig(root, o) {
  const t = makeT(CLASSIC_STRINGS, o.lang);
  const store = createConfigStore(hostStorage());
  const flash = takeFlash(hostStorage('sessionStorage'));
  // Secret fields start empty: the page shows only whether a value is set (the stored flag), never the value.
  const values = { ...store.get(), apiSecretKey: '', clientSecret: '' };
  o.onTitle(`${t('cfgTitle')} ~ Salesforce - Enterprise Edition`);

  const form = h('form', { id: FORM, name: FORM, method: 'post', action: linkHref(here().pathname), novalidate: true });
  const messages = h('span', { id: `${FORM}:msgs` });
  let fields = {};

  /** One pageBlockSectionItem: th.labelCol > label, td.dataCol > field. */
  function item(section, key, labelKey, type, errors, extra = {}) {
    const id = `${BLOCK}:${section}:${key}`;
    const field = type === 'checkbox'
      ? h('input', { type: 'checkbox', id, name: id, checked: Boolean(values[key]) })
      : h('input', { type, id, name: id, value: values[key] ?? '', size: '40', autocomplete: type === 'password' ? 'new-password' : 'off',
        placeholder: type === 'password' && values[`${key}Set`] ? t('cfgSecretSet') : null,
        class: errors[key] ? 'error' : null, 'aria-invalid': errors[key] ? 'true' : null, 'aria-describedby': errors[key] ? `${id}:err` : null, ...extra });
    fields[key] = field;
    return h('tr', null,
      h('th', { class: 'labelCol vfLabelColTextWrap', scope: 'row' }, h('label', { for: id, text: t(labelKey) })),
      h('td', { class: 'dataCol' }, field,
        key === 'enableActions' ? h('span', { class: 'fieldHelp', text: ` ${t('cfgEnableActionsHelp')}` }) : null,
        errors[key] ? h('div', { class: 'errorMsg', id: `${id}:err` }, h('strong', null, t('errorLabel')), ` ${t(errors[key])}`) : null));
  }
  const section = (id, titleKey, rows) => [
    h('div', { class: 'pbSubheader brandTertiaryBgr tertiaryPalette', id: `${BLOCK}:${id}` }, h('h3', { text: t(titleKey) })),
    h('div', { class: 'pbSubsection' }, h('table', { class: 'detailList', border: '0', cellpadding: '0', cellspacing: '0' }, h('tbody', null, rows))),
  ];

  function draw(errors = {}) {
    fields = {};
    const buttons = (where) => () => [
      btn(t('save'), { type: 'submit', name: `${BLOCK}:${where}save`, id: `${BLOCK}:${where}save` }), ' ',
      btn(t('cancel'), { name: `${BLOCK}:${where}cancel`, id: `${BLOCK}:${where}cancel`, onClick: () => goReplace(here()) }),
    ];
    form.replaceChildren(pageBlock({
      id: BLOCK, cls: 'bEditBlock', title: t('cfgBlock'),
      buttons: buttons('buttons:'), bottomButtons: buttons('buttons:bottom:'),
      body: [
        ...section('actionsSection', 'cfgSecActions', [
          item('actionsSection', 'enableActions', 'cfgEnableActions', 'checkbox', errors),
          item('actionsSection', 'apiSecretKey', 'cfgApiSecretKey', 'password', errors)]),
        ...section('soapSection', 'cfgSecSoap', [
          item('soapSection', 'enableApi', 'cfgEnableApi', 'checkbox', errors),
          item('soapSection', 'marketoHost', 'cfgHost', 'text', errors),
          item('soapSection', 'soapTimeout', 'cfgSoapTimeout', 'text', errors, { size: '5', inputmode: 'numeric' })]),
        ...section('restSection', 'cfgSecRest', [
          item('restSection', 'clientId', 'cfgClientId', 'text', errors),
          item('restSection', 'clientSecret', 'cfgClientSecret', 'password', errors),
          item('restSection', 'restUrl', 'cfgRestUrl', 'text', errors),
          item('restSection', 'restTimeout', 'cfgRestTimeout', 'text', errors, { size: '5', inputmode: 'numeric' })]),
        ...section('supportSection', 'cfgSecSupport', [
          item('supportSection', 'debugLogging', 'cfgDebug', 'checkbox', errors)]),
      ],
    }));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    for (const [key, field] of Object.entries(fields)) values[key] = field.type === 'checkbox' ? field.checked : field.value;
    const errors = validateConfig(values);
    if (Object.keys(errors).length) {
      messages.replaceChildren(...Object.values(errors).map((code) => pageMessage('error', t('errorLabel'), t(code))));
      draw(errors);
      fields[Object.keys(errors)[0]]?.focus();
      return;
    }
    store.save(values);
    // A postback: the next document shows the confirmation once.
    setFlash(hostStorage('sessionStorage'), 'saved');
    goReplace(here());
  });

  const scope = createScope();
  scope.later(o.delay, () => {
    if (flash === 'saved') messages.replaceChildren(pageMessage('confirm', t('cfgSuccess'), t('cfgSaved')));
    draw();
    root.replaceChildren(h('main', { id: 'bodyCell', class: 'vfPage', 'aria-label': t('cfgTitle') }, pageTitle(t, t('cfgTitle')), messages, form));
  });
  return { destroy: () => scope.dispose() };
}
