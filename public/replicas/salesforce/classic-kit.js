// Builders for Salesforce Classic / Visualforce markup: page title, page
// blocks (pbHeader with top buttons in td.pbButton, bottom buttons in
// td.pbButtonb), list tables (table.list, tr.dataRow), edit rows (td.labelCol)
// and apex:pageMessages. Class names are Salesforce's; layout tables carry
// role="presentation" so assistive tech reads them as layout, not data.
// Deviation for axe's heading-order rule: block titles are h2 (classic lists use
// h3 right after the page's h1) and the message summary h4 is presentational.

import { h } from '../shared/dom.js';

const layoutTable = (...rows) => h('table', { role: 'presentation', border: '0', cellpadding: '0', cellspacing: '0' }, h('tbody', null, rows));

/** bPageTitle: h1.pageType, optional h2.pageDescription, "Help for this Page". */
export function pageTitle(t, title, description = null) {
  return h('div', { class: 'bPageTitle' },
    h('div', { class: 'ptBody' },
      h('div', { class: 'content' },
        h('span', { class: 'pageTitleIcon', 'aria-hidden': 'true' }),
        h('h1', { class: ['pageType', !description && 'noSecondHeader'], text: title }),
        description ? h('h2', { class: 'pageDescription', text: description }) : null),
      h('div', { class: 'links' },
        h('a', { href: '#', class: 'helpLink', onclick: (e) => e.preventDefault() }, t('helpPage')))));
}

/** input.btn — classic buttons put their label in `value`, padded with spaces. */
export function btn(label, { name, type = 'button', onClick, id } = {}) {
  return h('input', { type, class: 'btn', value: ` ${label} `, title: label, name, id, onclick: onClick });
}

/**
 * bPageBlock. `buttons`/`bottomButtons` are functions returning fresh button
 * elements (a button can only be in one place; classic repeats them top and bottom).
 */
export function pageBlock({ title, titleTag = 'h2', buttons, bottomButtons, body, cls, id }) {
  const titleCell = h('td', { class: 'pbTitle' }, title ? h(titleTag, { class: titleTag === 'h2' ? 'mainTitle' : null, text: title }) : null);
  return h('div', { class: ['bPageBlock', 'brandSecondaryBrd', 'secondaryPalette', cls], id },
    h('div', { class: 'pbHeader' }, layoutTable(h('tr', null, titleCell, h('td', { class: 'pbButton' }, buttons?.() ?? [])))),
    h('div', { class: 'pbBody' }, body),
    bottomButtons ? h('div', { class: 'pbBottomButtons' }, layoutTable(h('tr', null, h('td', { class: 'pbTitle' }), h('td', { class: 'pbButtonb' }, bottomButtons())))) : null,
    h('div', { class: 'pbFooter secondaryPalette' }, h('div', { class: 'bg' })));
}

/**
 * table.list. headers: [{ text, cls }]; rows: arrays of cells { content, th?, cls }.
 * The first data column is a row header (th scope=row), like classic lists.
 */
export function listTable(headers, rows, emptyText) {
  const head = h('tr', { class: 'headerRow' }, headers.map((c) => h('th', { scope: 'col', class: ['zen-deemphasize', c.cls], text: c.text })));
  const body = rows.length ? rows.map((cells, i) => h('tr', {
    class: ['dataRow', i % 2 ? 'odd' : 'even', i === 0 && 'first', i === rows.length - 1 && 'last'],
    onmouseover: (e) => e.currentTarget.classList.add('highlight'),
    onmouseout: (e) => e.currentTarget.classList.remove('highlight'),
  }, cells.map((c) => h(c.th ? 'th' : 'td', { scope: c.th ? 'row' : null, class: ['dataCell', c.cls] }, c.content))))
    : [h('tr', { class: 'dataRow even first last' }, h('td', { class: 'dataCell noRowsHeader', colspan: String(headers.length), text: emptyText }))];
  return h('table', { class: 'list', border: '0', cellpadding: '0', cellspacing: '0' }, h('thead', null, head), h('tbody', null, body));
}

/** The Active/Limits tick: classic draws an image; here a CSS box with the same alt text. */
export function checkImg(t, on) {
  return h('span', { class: ['checkImg', on && 'checked'], role: 'img', 'aria-label': on ? t('checked') : t('notChecked'), title: on ? t('checked') : t('notChecked') });
}

/** One classic edit row: td.labelCol with a label, td.dataCol with the field (and its error). */
export function editRow({ label, field, required = false, error = null, errorId }) {
  const input = required ? h('div', { class: 'requiredInput' }, h('div', { class: 'requiredBlock', 'aria-hidden': 'true' }), field) : field;
  return h('tr', null,
    h('td', { class: ['labelCol', required && 'requiredInput'] }, h('label', { for: field.id, text: label })),
    h('td', { class: 'dataCol col02' }, input, error ? h('div', { class: 'errorMsg', id: errorId }, h('strong', null, error.head), ` ${error.text}`) : null),
    h('td', { class: 'labelCol empty' }),
    h('td', { class: 'dataCol empty' }));
}

export const detailList = (...rows) => h('table', { class: 'detailList', role: 'presentation', border: '0', cellpadding: '0', cellspacing: '0' }, h('tbody', null, rows));

/** "| = Required Information" legend of classic edit pages. */
export function requiredLegend(t) {
  return h('div', { class: 'requiredLegend' },
    h('span', { class: 'requiredExample', 'aria-hidden': 'true' }), h('span', { class: 'requiredText', text: ` = ${t('required')}` }));
}

/** apex:pageMessages: kind 'confirm' | 'error'; `head` in an h4, then the text. */
export function pageMessage(kind, head, text) {
  return h('div', { class: ['message', kind === 'confirm' ? 'confirmM3' : 'errorM3'], role: 'alert' },
    h('table', { class: 'messageTable', role: 'presentation', border: '0', cellpadding: '0', cellspacing: '0' },
      h('tbody', null, h('tr', { valign: 'top' },
        h('td', null, h('span', { class: ['msgIcon', kind], 'aria-hidden': 'true' })),
        h('td', { class: 'messageCell' }, h('div', { class: 'messageText' }, h('span', null, h('h4', { role: 'presentation', text: head })), text))))));
}
