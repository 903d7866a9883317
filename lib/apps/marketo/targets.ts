import type { TargetDef } from '../../targets/types';

/*
 * Marketo Engage (classic UI: ExtJS 3 `x-` and ExtJS 4 `x4-` components). Element ids are generated
 * (`ext-gen123`, `ext-comp-1045`) and never used here. Selectors marked "inference" are our best model of
 * a DOM nobody on the team can see; the text ways are the safety net. Labels: English UI / German docs.
 */

/** Marketo buttons: ExtJS 3 (`button.x-btn-text`) and ExtJS 4 (`span.x4-btn-inner`). */
const BTN = '.x-btn-text, .x4-btn-inner';
/** Labels of ExtJS form rows (`label.x4-form-item-label`, ExtJS 3 `label.x-form-item-label`); they end in ":". */
const FORM_LABEL = 'label.x4-form-item-label, label.x-form-item-label';
/** Card titles and form labels, for targets named by their card. */
const CARD_LABEL = '.x4-panel-header-text, .x-panel-header-text, label.x4-form-item-label';
/** Card (panel) titles in ExtJS 4 and ExtJS 3. */
const CARD_TITLE = '.x4-panel-header-text, .x-panel-header-text';
/** Tab labels in the ExtJS 4 and ExtJS 3 tab strips. */
const TAB = '.x4-tab-inner, .x-tab-strip-text';
/** Left admin tree labels (`li.x-tree-node > div.x-tree-node-el > … > span`). */
const TREE = 'li.x-tree-node div.x-tree-node-el span';
/** Main navigation: ExtJS 3 nav buttons in the header, entries of the superball menu. */
const NAV = '.mkt-main-nav .x-btn-text, .x4-menu-item-text, [role="menuitem"]';
/** Transient confirmations: ExtJS message boxes and Marketo's notification toasts (inference). */
const NOTICE = '.x-window .ext-mb-text, .x4-window .x4-window-text, .x4-message-box, [role="status"], .mktNotification';

/** Targets in Marketo Engage. */
export const MARKETO_TARGETS = {
  'marketo.admin-nav': {
    page: 'marketo-other',
    ways: [
      // Inference: the main-nav key is "tnCustAdmin" (MktMainNav.activeNav); a named id, not ext-gen.
      // Main nav Admin item by nav key, classic UI, any language (inference)
      { by: 'css', selector: '#tnCustAdmin, [id$="tnCustAdmin"]' },
      // Main nav button or app menu entry, English UI
      { by: 'text', lang: 'en', text: 'Admin', exact: true, roles: ['button', 'menuitem'], candidates: NAV },
      // Main nav button or app menu entry, German UI (German docs keep "Admin")
      { by: 'text', lang: 'de', text: 'Admin', exact: true, roles: ['button', 'menuitem'], candidates: NAV },
      // Admin entry if the German UI translates it (inference)
      { by: 'text', lang: 'de', text: 'Verwaltung', exact: true, roles: ['button', 'menuitem'], candidates: NAV },
      // (No "app logo" way: the logo is on every page, so it cannot tell Admin from the page's furniture.)
      // Already in Admin: any Admin page
      { by: 'route', page: 'marketo-admin' },
      // Already in Admin: Sales Insight
      { by: 'route', page: 'marketo-admin-sales-insight' },
      // Already in Admin: Salesforce
      { by: 'route', page: 'marketo-admin-salesforce' },
    ],
  },
  'marketo.admin-tree.sales-insight': {
    page: 'marketo-admin',
    ways: [
      // Inference: ExtJS 3 tree nodes carry their node id in `ext:tree-node-id`.
      // ExtJS 3 admin tree node, classic Marketo, any language (inference)
      { by: 'css', selector: 'li.x-tree-node div.x-tree-node-el[ext\\:tree-node-id*="salesinsight" i]' },
      // ExtJS 3 admin tree, English UI
      { by: 'text', lang: 'en', text: 'Sales Insight', exact: true, roles: ['treeitem'], candidates: TREE },
      // ExtJS 3 admin tree, German UI (product name, not translated)
      { by: 'text', lang: 'de', text: 'Sales Insight', exact: true, roles: ['treeitem'], candidates: TREE },
      // Already on Admin › Sales Insight
      { by: 'route', page: 'marketo-admin-sales-insight' },
    ],
  },
  'marketo.admin-tree.salesforce': {
    page: 'marketo-admin',
    ways: [
      // ExtJS 3 admin tree node, classic Marketo, any language (inference)
      { by: 'css', selector: 'li.x-tree-node div.x-tree-node-el[ext\\:tree-node-id*="salesforce" i]' },
      // ExtJS 3 admin tree, English UI
      { by: 'text', lang: 'en', text: 'Salesforce', exact: true, roles: ['treeitem'], candidates: TREE },
      // ExtJS 3 admin tree, German UI
      { by: 'text', lang: 'de', text: 'Salesforce', exact: true, roles: ['treeitem'], candidates: TREE },
      // Already on Admin › Salesforce (route token SF0A1)
      { by: 'route', page: 'marketo-admin-salesforce' },
    ],
  },
  'marketo.sales-insight.actions-config-tab': {
    page: 'marketo-admin-sales-insight',
    ways: [
      // No "second tab of the tab bar" way: without MSI Actions enabled the page has another second tab, and
      // a positional way would point at it (and verify the prerequisite wrongly).
      // ExtJS 4 tab named by its component id or class (actionsConfig), classic Marketo, any language (inference)
      { by: 'css', selector: ':is(.x4-tab[id*="actionsconfig" i], .x4-tab[class*="actions-config" i], .x4-tab[class*="actionsconfig" i]) .x4-tab-inner' },
      // ExtJS tab strip, English UI
      { by: 'text', lang: 'en', text: 'Actions Config', exact: true, roles: ['tab'], candidates: TAB },
      // ExtJS tab strip, German UI (label from the German docs)
      { by: 'text', lang: 'de', text: 'Aktionskonfiguration', exact: true, roles: ['tab'], candidates: TAB },
      // ExtJS tab strip, German UI as Adobe's current German guide names it in step 1 (left in English)
      { by: 'text', lang: 'de', text: 'Actions Config', exact: true, roles: ['tab'], candidates: TAB },
    ],
  },
  'marketo.invite.admin-picker': {
    page: 'marketo-admin-sales-insight',
    ways: [
      // ExtJS 4 combo, grid or checkbox list on the invite card, any language (inference)
      { by: 'css', selector: '.x4-panel:has(a.mktButtonPositive) :is(.x4-form-trigger-wrap, .x4-grid-view, .x4-boundlist-list-ct, div:has(> div > table.x4-form-type-checkbox))' },
      // ExtJS 4.1 grid with a checkbox selection model on a card whose primary button is ExtJS 3 or 4.1
      // markup (table.x-btn / div.x4-btn), any language (inference)
      { by: 'css', selector: '.x4-panel:has(:is(table, div).mktButtonPositive) .x4-grid:has(.x4-grid-row-checker)' },
      // Points at the invite card's title ("Invite Marketo Admins") or the picker's label.
      // Invite card title / picker label, English UI (inference)
      { by: 'text', lang: 'en', text: 'Marketo Admin', exact: false, candidates: CARD_LABEL },
      // Invite card title / picker label, German UI (inference)
      { by: 'text', lang: 'de', text: 'Marketo-Administrator', exact: false, candidates: CARD_LABEL },
    ],
  },
  'marketo.invite.send': {
    page: 'marketo-admin-sales-insight',
    ways: [
      // ExtJS 4 primary button (mktButtonPositive), classic Marketo, any language
      { by: 'css', selector: '.x4-panel a.x4-btn.mktButtonPositive .x4-btn-inner' },
      // The card's primary button in ExtJS 3 (table.x-btn) or ExtJS 4.1 (div.x4-btn) markup, any language
      { by: 'css', selector: '.x4-panel:not(.x4-window) :is(table.x-btn, div.x4-btn).mktButtonPositive :is(.x-btn-text, .x4-btn-inner)' },
      // ExtJS button, English UI
      { by: 'text', lang: 'en', text: 'Send Invite', exact: true, roles: ['button'], candidates: BTN },
      // ExtJS button, German UI
      { by: 'text', lang: 'de', text: 'Einladung senden', exact: true, roles: ['button'], candidates: BTN },
      // ExtJS button, German UI as Adobe's current German guide spells it ("Einladen senden", sic)
      { by: 'text', lang: 'de', text: 'Einladen senden', exact: true, roles: ['button'], candidates: BTN },
    ],
  },
  'marketo.invite.confirmation': {
    page: 'marketo-admin-sales-insight',
    ways: [
      // Marketo toast / success message box, any language (inference)
      { by: 'css', selector: '.mktNotification, [role="status"][class*="success" i], .x4-message-box[class*="success" i]' },
      // Confirmation text, English UI (matches "Invitation sent" or "Invite sent", inference)
      { by: 'text', lang: 'en', text: 'invit', exact: false, candidates: NOTICE },
      // Confirmation text, German UI (inference)
      { by: 'text', lang: 'de', text: 'Einladung', exact: false, candidates: NOTICE },
      // Confirmation text, German UI with the verb ("… wurde eingeladen", inference)
      { by: 'text', lang: 'de', text: 'eingeladen', exact: false, candidates: NOTICE },
    ],
  },
  'marketo.integration.client-id': {
    secret: true,
    page: 'marketo-admin-sales-insight',
    ways: [
      // ExtJS 4 display field, classic Marketo, any language (inference)
      { by: 'css', selector: '.x4-panel input[name*="clientId" i], .x4-panel .x4-form-display-field[class*="client-id" i]' },
      // Integration Information card, English UI
      { by: 'text', lang: 'en', text: 'Client ID', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
      // Integration Information card, German UI
      { by: 'text', lang: 'de', text: 'Client-ID', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
    ],
  },
  'marketo.integration.client-secret': {
    secret: true,
    page: 'marketo-admin-sales-insight',
    ways: [
      // ExtJS 4 display field, classic Marketo, any language (inference)
      { by: 'css', selector: '.x4-panel input[name*="clientSecret" i], .x4-panel .x4-form-display-field[class*="client-secret" i]' },
      // Integration Information card, English UI
      { by: 'text', lang: 'en', text: 'Client Secret', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
      // Integration Information card, German UI
      { by: 'text', lang: 'de', text: 'Client-Geheimnis', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
    ],
  },
  'marketo.action-field-sync.sync': {
    page: 'marketo-admin-sales-insight',
    ways: [
      // ExtJS 4 card button, classic Marketo, any language (inference)
      { by: 'css', selector: '.x4-panel[class*="field-sync" i] a.x4-btn .x4-btn-inner' },
      // The one button of an ExtJS 4 card named for field sync (ExtJS 4.1 or 4.2 markup), any language (inference)
      { by: 'css', selector: '.x4-panel:is([class*="fieldsync" i], [class*="field-sync" i]) :is(a, div).x4-btn :is(.x4-btn-inner)' },
      // ExtJS button, English UI
      { by: 'text', lang: 'en', text: 'Sync', exact: true, roles: ['button'], candidates: BTN },
      // ExtJS button, German UI
      { by: 'text', lang: 'de', text: 'Synchronisieren', exact: true, roles: ['button'], candidates: BTN },
    ],
  },
  'marketo.action-field-sync.start-sync': {
    page: 'marketo-admin-sales-insight',
    ways: [
      // Only a window that previews fields (a grid): other windows of the page (Edit API Configuration) have
      // a primary button too.
      // Primary button of an ExtJS 4.2 / ExtJS 3 window with a grid, any language (inference)
      { by: 'css', selector: '.x4-window:has(.x4-grid) a.x4-btn.mktButtonPositive .x4-btn-inner, .x-window:has(.x-grid3, .x-grid-panel) .mktButtonPositive .x-btn-text' },
      // Primary button of an ExtJS 4.1 window (div.x4-btn) with a grid, any language (inference)
      { by: 'css', selector: '.x4-window:has(.x4-grid) div.x4-btn.mktButtonPositive .x4-btn-inner' },
      // ExtJS dialog button, English UI
      { by: 'text', lang: 'en', text: 'Start Sync', exact: true, roles: ['button'], candidates: BTN },
      // ExtJS dialog button, German UI
      { by: 'text', lang: 'de', text: 'Synchronisation starten', exact: true, roles: ['button'], candidates: BTN },
      // ExtJS dialog button, German UI as Adobe's current German guide names it
      { by: 'text', lang: 'de', text: 'Synchronisierung starten', exact: true, roles: ['button'], candidates: BTN },
    ],
  },
  // The card's title: scopes the status to the card (Admin › Sales Insight shows other "Status" rows).
  'marketo.action-field-sync.card': {
    page: 'marketo-admin-sales-insight',
    ways: [
      // ExtJS 4 panel title on a card named for field sync, any language (inference)
      { by: 'css', selector: '.x4-panel:is([class*="fieldsync" i], [class*="field-sync" i]) > .x4-panel-header .x4-panel-header-text' },
      // Card title, English UI
      { by: 'text', lang: 'en', text: 'Action Field Sync', exact: true, candidates: CARD_TITLE },
      // Card title, German UI as the seed's German docs name it
      { by: 'text', lang: 'de', text: 'Synchronisierung von Aktionsfeldern', exact: true, candidates: CARD_TITLE },
      // Card title, German UI as Adobe's current German guide names it
      { by: 'text', lang: 'de', text: 'Aktion Feldsynchronisierung', exact: true, candidates: CARD_TITLE },
    ],
  },
  'marketo.action-field-sync.status': {
    page: 'marketo-admin-sales-insight',
    within: 'marketo.action-field-sync.card',
    ways: [
      // The value, never a label: the rule reads its text ("Sync in progress", "Synced", …).
      // ExtJS 4 display field by status class, classic Marketo, any language (inference)
      { by: 'css', selector: '.x4-form-display-field[class*="sync-status" i]' },
      // An element whose class names a sync status, on a card named for field sync, any language (inference)
      { by: 'css', selector: ':is([class*="fieldsync" i], [class*="field-sync" i]) [class*="sync" i][class*="status" i]' },
      // Action Field Sync card "Status:" row, English UI (inference)
      { by: 'text', lang: 'en', text: 'Status', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
      // Action Field Sync card "Status:" row, German UI (inference)
      { by: 'text', lang: 'de', text: 'Status', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
    ],
  },
  'marketo.salesforce-sync.status': {
    page: 'marketo-admin-salesforce',
    ways: [
      // ExtJS panel status field, classic Marketo, any language (inference)
      { by: 'css', selector: '.x-panel .x-form-display-field[class*="syncStatus" i], .x4-panel .x4-form-display-field[class*="sync-status" i]' },
      // Admin › Salesforce, English UI (inference)
      { by: 'text', lang: 'en', text: 'Sync Status', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
      // Admin › Salesforce, German UI (inference)
      { by: 'text', lang: 'de', text: 'Synchronisierungsstatus', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: FORM_LABEL },
    ],
  },
  'marketo.salesforce-sync.disable': {
    page: 'marketo-admin-salesforce',
    ways: [
      // ExtJS toolbar button, classic Marketo, any language (inference)
      { by: 'css', selector: '.x-toolbar .x-btn[class*="disable-sync" i] .x-btn-text, .x4-toolbar .x4-btn[class*="disableSync" i] .x4-btn-inner' },
      // ExtJS toolbar button, English UI
      { by: 'text', lang: 'en', text: 'Disable Sync', exact: true, roles: ['button'], candidates: BTN },
      // ExtJS toolbar button, German UI (inference)
      { by: 'text', lang: 'de', text: 'Synchronisierung deaktivieren', exact: true, roles: ['button'], candidates: BTN },
      // ExtJS toolbar button, German UI, alternative wording (inference)
      { by: 'text', lang: 'de', text: 'Synchronisation deaktivieren', exact: true, roles: ['button'], candidates: BTN },
    ],
  },
} as const satisfies Record<string, TargetDef>;
