// Steps served: install-msi-package.
// Setup › Installed Packages (/0A3), the classic list on the Setup host.
// The Marketo Sales Insight row (namespace prefix mkto_si) shows unless the
// page was opened with msi=0; msiver=1.43 models an org that must upgrade.

import { h } from '../shared/dom.js';
import { formatDateTime } from '../shared/lang.js';
import { pageTitle, pageBlock, listTable, checkImg } from './classic-kit.js';

/** ctx: { t, lang, opts: { msiInstalled, msiVersion } } */
export function installedPackages(ctx) {
  const { t, lang, opts } = ctx;
  const packages = [
    { name: 'DocuSign eSignature for Salesforce', publisher: 'DocuSign, Inc.', version: '7.8.1', ns: 'dsfs', installed: '2023-02-07T09:14:00', limits: true, apps: 1, tabs: 4, objects: 9 },
    { name: 'Salesforce Connected Apps', publisher: 'salesforce.com', version: '1.7', ns: 'sf_com_apps', installed: '2021-05-18T16:40:00', limits: false, apps: 0, tabs: 0, objects: 0 },
  ];
  if (opts.msiInstalled) {
    packages.push({ name: 'Marketo Sales Insight', publisher: 'Marketo', version: opts.msiVersion, ns: 'mkto_si', installed: '2024-03-14T10:22:00', limits: true, apps: 1, tabs: 3, objects: 2 });
  }
  packages.sort((a, b) => a.name.localeCompare(b.name));

  const noop = (e) => e.preventDefault();
  const rows = packages.map((p) => [
    { cls: 'actionColumn', content: [
      h('a', { href: '#', class: 'actionLink', title: `${t('uninstall')} - ${p.name}`, text: t('uninstall'), onclick: noop }), ' | ',
      h('a', { href: '#', class: 'actionLink', title: `${t('licenses')} - ${p.name}`, text: t('licenses'), onclick: noop })] },
    { th: true, content: h('a', { href: '#', text: p.name, onclick: noop }) },
    { content: p.publisher },
    { content: p.version },
    { content: p.ns },
    { content: formatDateTime(new Date(p.installed), lang) },
    { cls: 'booleanColumn', content: checkImg(t, p.limits) },
    { cls: 'numericalColumn', content: String(p.apps) },
    { cls: 'numericalColumn', content: String(p.tabs) },
    { cls: 'numericalColumn', content: String(p.objects) },
  ]);
  const headers = [
    { text: t('colAction'), cls: 'actionColumn' }, { text: t('colPkgName') }, { text: t('colPublisher') }, { text: t('colVersion') },
    { text: t('colNamespace') }, { text: t('colInstalled') }, { text: t('colLimits'), cls: 'booleanColumn' },
    { text: t('colApps'), cls: 'numericalColumn' }, { text: t('colTabs'), cls: 'numericalColumn' }, { text: t('colObjects'), cls: 'numericalColumn' },
  ];
  return {
    title: t('ipTitle'),
    el: [pageTitle(t, t('ipTitle')),
      h('div', { class: 'bDescription', text: t('ipIntro') }),
      h('div', { class: 'bRelatedList' }, pageBlock({ title: t('ipTitle'), body: listTable(headers, rows, '') })),
      h('div', { class: 'bRelatedList' }, pageBlock({ title: t('ipUninstalled'), body: h('p', { class: 'noRecords', text: t('ipNoUninstalled') }) }))],
  };
}
