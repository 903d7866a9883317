import { DIALOG_SCOPE } from '../../locator/roles';
import type { LocatorWay, TargetDef } from '../../targets/types';
import { BUTTON, NAV, TAB, MENU, DIALOG_BUTTON, GEAR, STATUS } from './selectors';
import { SIA_USER_TARGETS } from './targets-users';

/*
 * Sales Insight Actions (toutapp.com/next, routes in the hash). The current UI is newer than the old
 * Bootstrap/jQuery one, so locators are ARIA-, href- and text-first; selectors marked "inference" are our
 * best model. German labels are those of the German docs; the app itself may show English labels.
 */

/**
 * A connection's connected state, the same on the Salesforce and Marketo settings pages: an active
 * Disconnect (only the admin who connected sees it), or the status and who connected, which every admin sees.
 */
const CONNECTED_WAYS = [
  // Disconnect link / connected marker, any language (inference)
  { by: 'css', selector: '[href*="disconnect" i], [data-action*="disconnect" i], [data-status="connected"]' },
  // Disconnect button, English UI
  { by: 'text', lang: 'en', text: 'Disconnect', exact: true, roles: ['button', 'link'], candidates: BUTTON },
  // Disconnect button, German UI ("Trennen" / "Verbindung trennen")
  { by: 'text', lang: 'de', text: 'Trennen', exact: false, roles: ['button', 'link'], candidates: BUTTON },
  // Connected status badge, English UI (inference)
  { by: 'text', lang: 'en', text: 'Connected', exact: true, candidates: '[role="status"], .badge, .label' },
  // Who made the connection, shown to every admin (only that admin sees Disconnect), English UI (inference)
  { by: 'text', lang: 'en', text: 'Connected by', exact: true, roles: ['label'], candidates: 'dt, th, label, [class*="label" i]' },
  // Who made the connection, German UI (inference)
  { by: 'text', lang: 'de', text: 'Verbunden von', exact: true, roles: ['label'], candidates: 'dt, th, label, [class*="label" i]' },
  // Connected status with its detail ("Connected as …"), English UI (inference)
  { by: 'text', lang: 'en', text: 'Connected as', exact: false, candidates: STATUS },
  // Connected status with its detail ("Verbunden als …"), German UI (inference)
  { by: 'text', lang: 'de', text: 'Verbunden als', exact: false, candidates: STATUS },
] as const satisfies readonly LocatorWay[];

/** Targets in Sales Insight Actions (User Management's in sales-insight-actions-users.ts). */
export const SIA_TARGETS = {
  'sia.gear': {
    page: 'sia-other',
    ways: [
      // Gear menu button by icon class, current UI, any language (inference)
      { by: 'css', selector: GEAR },
      // Gear button by accessible name, English UI
      { by: 'css', selector: '[aria-label="Settings" i], [title="Settings" i]' },
      // Gear button by accessible name, German UI
      { by: 'css', selector: '[aria-label="Einstellungen" i], [title="Einstellungen" i]' },
      // Gear button named by screen-reader text or an icon's title ("Settings", "Settings menu"), English UI
      { by: 'text', lang: 'en', text: 'Settings', exact: false, roles: ['button'], candidates: 'button[aria-haspopup], [role="button"][aria-haspopup]' },
      // The same, German UI ("Einstellungen", "Einstellungsmenü")
      { by: 'text', lang: 'de', text: 'Einstellung', exact: false, roles: ['button'], candidates: 'button[aria-haspopup], [role="button"][aria-haspopup]' },
      // Already in Settings
      { by: 'route', page: 'sia-settings' },
    ],
  },
  'sia.settings': {
    page: 'sia-other',
    ways: [
      // Link to the settings route (#settings), any language
      { by: 'css', selector: 'a[href$="#settings"]' },
      // Gear drop-down, English UI
      { by: 'text', lang: 'en', text: 'Settings', exact: true, roles: ['menuitem', 'link'], candidates: MENU },
      // Gear drop-down, German UI
      { by: 'text', lang: 'de', text: 'Einstellungen', exact: true, roles: ['menuitem', 'link'], candidates: MENU },
      // Already in Settings
      { by: 'route', page: 'sia-settings' },
    ],
  },
  'sia.admin.salesforce': {
    page: 'sia-settings',
    ways: [
      // Link to #settings/crm/salesforce, any language
      { by: 'css', selector: 'a[href*="#settings/crm/salesforce"]' },
      // Settings navigation, English UI
      { by: 'text', lang: 'en', text: 'Salesforce', exact: true, roles: ['link', 'menuitem'], candidates: NAV },
      // Settings navigation, German UI (name not translated)
      { by: 'text', lang: 'de', text: 'Salesforce', exact: true, roles: ['link', 'menuitem'], candidates: NAV },
      // Already on Admin Settings › Salesforce
      { by: 'route', page: 'sia-settings-salesforce' },
    ],
  },
  'sia.salesforce.connections-tab': {
    page: 'sia-settings-salesforce',
    ways: [
      // No "first tab of the tab list" way: a Salesforce settings page may show other tabs first.
      // Tab by the panel or route it opens (connections), current UI, any language (inference)
      { by: 'css', selector: '[role="tab"]:is([aria-controls*="connection" i], [href*="connection" i], [id*="connection" i])' },
      // Settings tabs, English UI
      { by: 'text', lang: 'en', text: 'Connections & Customizations', exact: true, roles: ['tab'], candidates: TAB },
      // Settings tabs, German UI
      { by: 'text', lang: 'de', text: 'Verbindungen und Anpassungen', exact: true, roles: ['tab'], candidates: TAB },
    ],
  },
  // Adobe's step page: in Connections & Customizations click "Salesforce", then "Connect" (a CRM choice
  // the admin guide leaves out; not every UI shows it).
  'sia.salesforce.choose-crm': {
    page: 'sia-settings-salesforce',
    ways: [
      // CRM choice by provider attribute, any language (inference)
      { by: 'css', selector: '[data-provider="salesforce"]:is([aria-pressed], [role="radio"], [role="option"]), input[type="radio"][value="salesforce" i]' },
      // CRM tile or option, English UI
      { by: 'text', lang: 'en', text: 'Salesforce', exact: true, roles: ['button'], candidates: '[aria-pressed], [role="radio"], [role="option"]' },
      // CRM tile or option, German UI (name not translated)
      { by: 'text', lang: 'de', text: 'Salesforce', exact: true, roles: ['button'], candidates: '[aria-pressed], [role="radio"], [role="option"]' },
    ],
  },
  'sia.salesforce.connect': {
    page: 'sia-settings-salesforce',
    ways: [
      // Inference: the OAuth start link of a Rails/omniauth app, or a provider data attribute.
      // OAuth connect link, any language (inference)
      { by: 'css', selector: 'a[href*="auth/salesforce"], [data-provider="salesforce"]' },
      // Connect button, English UI
      { by: 'text', lang: 'en', text: 'Connect', exact: true, roles: ['button', 'link'], candidates: BUTTON },
      // Connect button, German UI
      { by: 'text', lang: 'de', text: 'Verbinden', exact: true, roles: ['button', 'link'], candidates: BUTTON },
    ],
  },
  'sia.salesforce.confirm-ok': {
    page: 'sia-settings-salesforce',
    ways: [
      // Primary button of the modal dialog, any language
      { by: 'css', selector: '[role="dialog"] .btn-primary, [role="alertdialog"] button[type="submit"]' },
      // Modal dialog, English UI
      { by: 'text', lang: 'en', text: 'OK', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
      // Modal dialog, German UI
      { by: 'text', lang: 'de', text: 'OK', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
    ],
  },
  'sia.salesforce.connected': {
    page: 'sia-settings-salesforce',
    ways: CONNECTED_WAYS,
  },
  'sia.admin.marketo': {
    page: 'sia-settings',
    ways: [
      // Old UI: #settings/marketo-admin; current UI: #settings/admin/marketo (like admin/user-management).
      // Link to #settings/marketo(-admin) or #settings/admin/marketo, any language
      { by: 'css', selector: 'a[href*="#settings/marketo"], a[href*="#settings/admin/marketo"]' },
      // Settings navigation, English UI
      { by: 'text', lang: 'en', text: 'Marketo', exact: true, roles: ['link', 'menuitem'], candidates: NAV },
      // Settings navigation, German UI (name not translated)
      { by: 'text', lang: 'de', text: 'Marketo', exact: true, roles: ['link', 'menuitem'], candidates: NAV },
      // Already on Admin Settings › Marketo
      { by: 'route', page: 'sia-settings-marketo' },
    ],
  },
  'sia.marketo.connect': {
    page: 'sia-settings-marketo',
    ways: [
      // Connect link / provider marker, any language (inference)
      { by: 'css', selector: 'a[href*="auth/marketo"], [data-provider="marketo"]' },
      // Connect button, English UI
      { by: 'text', lang: 'en', text: 'Connect', exact: true, roles: ['button', 'link'], candidates: BUTTON },
      // Connect button, German UI
      { by: 'text', lang: 'de', text: 'Verbinden', exact: true, roles: ['button', 'link'], candidates: BUTTON },
      // Connect button, German UI, the longer wording a German UI may use (inference)
      { by: 'text', lang: 'de', text: 'Verbindung herstellen', exact: true, roles: ['button', 'link'], candidates: BUTTON },
    ],
  },
  // Not secret (presenter mode leaves it visible); the Set Up tab's credential check reads it.
  'sia.marketo.setup.munchkin-id': {
    page: 'sia-settings-marketo',
    ways: [
      // Set Up form field by name, current UI, any language (inference)
      { by: 'css', selector: 'input[name="munchkinId" i], input[name="munchkin_id" i]' },
      // Field label, English UI
      { by: 'text', lang: 'en', text: 'Munchkin ID', resolve: 'labelled-field', roles: ['label'], candidates: 'label' },
      // Field label, German UI
      { by: 'text', lang: 'de', text: 'Munchkin-ID', resolve: 'labelled-field', roles: ['label'], candidates: 'label' },
    ],
  },
  'sia.marketo.setup.client-id': {
    page: 'sia-settings-marketo',
    secret: true,
    ways: [
      // Set Up form field by name, current UI, any language (inference)
      { by: 'css', selector: 'input[name="clientId" i], input[name="client_id" i]' },
      // Field label, English UI
      { by: 'text', lang: 'en', text: 'Client ID', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: 'label' },
      // Field label, German UI
      { by: 'text', lang: 'de', text: 'Client-ID', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: 'label' },
    ],
  },
  'sia.marketo.setup.client-secret': {
    page: 'sia-settings-marketo',
    secret: true,
    ways: [
      // Set Up form field by name, current UI, any language (inference)
      { by: 'css', selector: 'input[name="clientSecret" i], input[name="client_secret" i]' },
      // Field label, English UI
      { by: 'text', lang: 'en', text: 'Client Secret', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: 'label' },
      // Field label, German UI
      { by: 'text', lang: 'de', text: 'Client-Geheimnis', exact: true, resolve: 'labelled-field', roles: ['label'], candidates: 'label' },
    ],
  },
  'sia.marketo.setup-tab': {
    page: 'sia-settings-marketo',
    ways: [
      // Set Up tab by its panel/route, any language (inference)
      { by: 'css', selector: '[role="tab"][aria-controls*="setup" i], [role="tab"][href*="setup" i]' },
      // Marketo settings tabs, English UI
      { by: 'text', lang: 'en', text: 'Set Up', exact: true, roles: ['tab'], candidates: TAB },
      // Marketo settings tabs, German UI
      { by: 'text', lang: 'de', text: 'Einrichtung', exact: true, roles: ['tab'], candidates: TAB },
      // Marketo settings tabs, German UI as Adobe's current German guide names it („Registerkarte „Setup““)
      { by: 'text', lang: 'de', text: 'Setup', exact: true, roles: ['tab'], candidates: TAB },
      // Marketo settings tabs, English UI, one-word spelling (inference)
      { by: 'text', lang: 'en', text: 'Setup', exact: true, roles: ['tab'], candidates: TAB },
    ],
  },
  'sia.marketo.connected': {
    page: 'sia-settings-marketo',
    ways: CONNECTED_WAYS,
  },
  'sia.admin.user-management': {
    page: 'sia-settings',
    ways: [
      // Link to #settings/admin/user-management, any language
      { by: 'css', selector: 'a[href*="#settings/admin/user-management"]' },
      // Settings navigation, English UI
      { by: 'text', lang: 'en', text: 'User Management', exact: true, roles: ['link', 'menuitem'], candidates: NAV },
      // Settings navigation, German UI
      { by: 'text', lang: 'de', text: 'Benutzerverwaltung', exact: true, roles: ['link', 'menuitem'], candidates: NAV },
      // Settings navigation, German UI as Adobe's current German guide calls the page once ("Kundenverwaltung")
      { by: 'text', lang: 'de', text: 'Kundenverwaltung', exact: true, roles: ['link', 'menuitem'], candidates: NAV },
      // Already on User Management
      { by: 'route', page: 'sia-user-management' },
    ],
  },
  ...SIA_USER_TARGETS,
} as const satisfies Record<string, TargetDef>;
