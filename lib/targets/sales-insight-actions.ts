import type { TargetDef } from './types';

/*
 * Sales Insight Actions (toutapp.com/next, routes in the hash). The current UI is newer than the old
 * Bootstrap/jQuery one, so locators are ARIA-, href- and text-first; selectors marked "inference" are our
 * best model. German labels are those of the German docs; the app itself may show English labels.
 */

/** Buttons and button-like links. */
const BUTTON = 'button, [role="button"], a.btn';
/** Entries of the Settings side navigation. */
const NAV = 'nav a, [role="navigation"] a, aside a, [role="menuitem"]';
/** Tabs on a settings page. */
const TAB = '[role="tab"], .nav-tabs a, .tabs a';
/** Entries of an open drop-down menu. */
const MENU = '[role="menuitem"], [role="menu"] a, .dropdown-menu a';
/** Buttons inside a modal dialog. */
const DIALOG_BUTTON = '[role="dialog"] button, [role="alertdialog"] button, .modal button';
/** Dialog headings (the dialog's accessible name in the current UI, title element in the old one). */
const DIALOG_TITLE = '[role="dialog"] :is(h1, h2, h3, .modal-title), .modal :is(h1, h2, h3, .modal-title)';
/** Toasts and status messages; deliberately not dialog body text (which may mention "invite"). */
const MESSAGE = '[role="status"], [role="alert"], .toast, .alert-success';
/** Success messages by class: a bare `[role="status"]` could be any live region, so it is not enough. */
const SUCCESS = '[role="status"][class*="success" i], [role="alert"][class*="success" i], .toast-success, .alert-success';
/** Gear icon by class (icon fonts or SVG). Inference. */
const GEAR = '[aria-haspopup][class*="gear" i], [aria-haspopup][class*="cog" i], button:has(> svg[class*="gear" i])';

/** Targets in Sales Insight Actions. */
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
      { by: 'text', lang: 'en', text: 'Settings', exact: true, candidates: MENU },
      // Gear drop-down, German UI
      { by: 'text', lang: 'de', text: 'Einstellungen', exact: true, candidates: MENU },
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
      { by: 'text', lang: 'en', text: 'Salesforce', exact: true, candidates: NAV },
      // Settings navigation, German UI (name not translated)
      { by: 'text', lang: 'de', text: 'Salesforce', exact: true, candidates: NAV },
      // Already on Admin Settings › Salesforce
      { by: 'route', page: 'sia-settings-salesforce' },
    ],
  },
  'sia.salesforce.connections-tab': {
    page: 'sia-settings-salesforce',
    ways: [
      // First tab of the tab list, current UI, any language (inference)
      { by: 'css', selector: '[role="tablist"] > [role="tab"]:first-child' },
      // Settings tabs, English UI
      { by: 'text', lang: 'en', text: 'Connections & Customizations', exact: true, candidates: TAB },
      // Settings tabs, German UI
      { by: 'text', lang: 'de', text: 'Verbindungen und Anpassungen', exact: true, candidates: TAB },
    ],
  },
  'sia.salesforce.connect': {
    page: 'sia-settings-salesforce',
    ways: [
      // Inference: the OAuth start link of a Rails/omniauth app, or a provider data attribute.
      // OAuth connect link, any language (inference)
      { by: 'css', selector: 'a[href*="auth/salesforce"], [data-provider="salesforce"]' },
      // Connect button, English UI
      { by: 'text', lang: 'en', text: 'Connect', exact: true, candidates: BUTTON },
      // Connect button, German UI
      { by: 'text', lang: 'de', text: 'Verbinden', exact: true, candidates: BUTTON },
    ],
  },
  'sia.salesforce.confirm-ok': {
    page: 'sia-settings-salesforce',
    ways: [
      // Primary button of the modal dialog, any language
      { by: 'css', selector: '[role="dialog"] .btn-primary, [role="alertdialog"] button[type="submit"]' },
      // Modal dialog, English UI
      { by: 'text', lang: 'en', text: 'OK', exact: true, candidates: DIALOG_BUTTON },
      // Modal dialog, German UI
      { by: 'text', lang: 'de', text: 'OK', exact: true, candidates: DIALOG_BUTTON },
    ],
  },
  'sia.salesforce.connected': {
    page: 'sia-settings-salesforce',
    ways: [
      // Disconnect link / connected marker, any language (inference)
      { by: 'css', selector: '[href*="disconnect" i], [data-action*="disconnect" i], [data-status="connected"]' },
      // Disconnect button, English UI
      { by: 'text', lang: 'en', text: 'Disconnect', exact: true, candidates: BUTTON },
      // Disconnect button, German UI ("Trennen" / "Verbindung trennen")
      { by: 'text', lang: 'de', text: 'Trennen', exact: false, candidates: BUTTON },
      // Connected status badge, English UI (inference)
      { by: 'text', lang: 'en', text: 'Connected', exact: true, candidates: '[role="status"], .badge, .label' },
    ],
  },
  'sia.admin.marketo': {
    page: 'sia-settings',
    ways: [
      // Old UI: #settings/marketo-admin; current UI: #settings/admin/marketo (like admin/user-management).
      // Link to #settings/marketo(-admin) or #settings/admin/marketo, any language
      { by: 'css', selector: 'a[href*="#settings/marketo"], a[href*="#settings/admin/marketo"]' },
      // Settings navigation, English UI
      { by: 'text', lang: 'en', text: 'Marketo', exact: true, candidates: NAV },
      // Settings navigation, German UI (name not translated)
      { by: 'text', lang: 'de', text: 'Marketo', exact: true, candidates: NAV },
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
      { by: 'text', lang: 'en', text: 'Connect', exact: true, candidates: BUTTON },
      // Connect button, German UI
      { by: 'text', lang: 'de', text: 'Verbinden', exact: true, candidates: BUTTON },
    ],
  },
  'sia.marketo.setup.client-id': {
    page: 'sia-settings-marketo',
    secret: true,
    ways: [
      // Set Up form field by name, current UI, any language (inference)
      { by: 'css', selector: 'input[name="clientId" i], input[name="client_id" i]' },
      // Field label, English UI
      { by: 'text', lang: 'en', text: 'Client ID', exact: true, resolve: 'labelled-field', candidates: 'label' },
      // Field label, German UI
      { by: 'text', lang: 'de', text: 'Client-ID', exact: true, resolve: 'labelled-field', candidates: 'label' },
    ],
  },
  'sia.marketo.setup.client-secret': {
    page: 'sia-settings-marketo',
    secret: true,
    ways: [
      // Set Up form field by name, current UI, any language (inference)
      { by: 'css', selector: 'input[name="clientSecret" i], input[name="client_secret" i]' },
      // Field label, English UI
      { by: 'text', lang: 'en', text: 'Client Secret', exact: true, resolve: 'labelled-field', candidates: 'label' },
      // Field label, German UI
      { by: 'text', lang: 'de', text: 'Client-Geheimnis', exact: true, resolve: 'labelled-field', candidates: 'label' },
    ],
  },
  'sia.marketo.setup-tab': {
    page: 'sia-settings-marketo',
    ways: [
      // Set Up tab by its panel/route, any language (inference)
      { by: 'css', selector: '[role="tab"][aria-controls*="setup" i], [role="tab"][href*="setup" i]' },
      // Marketo settings tabs, English UI
      { by: 'text', lang: 'en', text: 'Set Up', exact: true, candidates: TAB },
      // Marketo settings tabs, German UI
      { by: 'text', lang: 'de', text: 'Einrichtung', exact: true, candidates: TAB },
    ],
  },
  'sia.marketo.connected': {
    page: 'sia-settings-marketo',
    ways: [
      // Disconnect link / connected marker, any language (inference)
      { by: 'css', selector: '[href*="disconnect" i], [data-action*="disconnect" i], [data-status="connected"]' },
      // Disconnect button, English UI
      { by: 'text', lang: 'en', text: 'Disconnect', exact: true, candidates: BUTTON },
      // Disconnect button, German UI ("Trennen" / "Verbindung trennen")
      { by: 'text', lang: 'de', text: 'Trennen', exact: false, candidates: BUTTON },
      // Connected status badge, English UI (inference)
      { by: 'text', lang: 'en', text: 'Connected', exact: true, candidates: '[role="status"], .badge, .label' },
    ],
  },
  'sia.admin.user-management': {
    page: 'sia-settings',
    ways: [
      // Link to #settings/admin/user-management, any language
      { by: 'css', selector: 'a[href*="#settings/admin/user-management"]' },
      // Settings navigation, English UI
      { by: 'text', lang: 'en', text: 'User Management', exact: true, candidates: NAV },
      // Settings navigation, German UI
      { by: 'text', lang: 'de', text: 'Benutzerverwaltung', exact: true, candidates: NAV },
      // Already on User Management
      { by: 'route', page: 'sia-user-management' },
    ],
  },
  'sia.users.actions': {
    page: 'sia-user-management',
    ways: [
      // Menu button above the list, in the page content, any language (inference: the only one there).
      // Scoped to the page content: the top bar's gear is a menu button too.
      {
        by: 'css',
        selector: ':is(main, [role="main"]) :is(button[aria-haspopup="menu"], button[aria-haspopup="true"], .dropdown-toggle[data-toggle="dropdown"])',
      },
      // User Management toolbar, English UI
      { by: 'text', lang: 'en', text: 'Actions', exact: true, candidates: BUTTON },
      // User Management toolbar, German UI
      { by: 'text', lang: 'de', text: 'Aktionen', exact: true, candidates: BUTTON },
    ],
  },
  'sia.users.invite': {
    page: 'sia-user-management',
    ways: [
      // First entry of the Actions menu, any language (inference)
      { by: 'css', selector: '[role="menu"] > [role="menuitem"]:first-child, .dropdown-menu > li:first-child > a' },
      // Actions menu, English UI
      { by: 'text', lang: 'en', text: 'Invite Users', exact: true, candidates: MENU },
      // Actions menu, German UI
      { by: 'text', lang: 'de', text: 'Benutzer einladen', exact: true, candidates: MENU },
    ],
  },
  'sia.users.invite-emails': {
    page: 'sia-user-management',
    ways: [
      // E-mail field of the invite dialog, any language
      { by: 'css', selector: '[role="dialog"] textarea, [role="dialog"] input[type="email"]' },
      // Invite dialog field label, English UI
      { by: 'text', lang: 'en', text: 'Email', exact: false, resolve: 'labelled-field', candidates: '[role="dialog"] label' },
      // Invite dialog field label, German UI
      { by: 'text', lang: 'de', text: 'E-Mail', exact: false, resolve: 'labelled-field', candidates: '[role="dialog"] label' },
    ],
  },
  'sia.users.invite-submit': {
    page: 'sia-user-management',
    ways: [
      // Submit button of the invite dialog, any language
      { by: 'css', selector: '[role="dialog"] button[type="submit"]' },
      // Invite dialog, English UI
      { by: 'text', lang: 'en', text: 'Invite', exact: true, candidates: DIALOG_BUTTON },
      // Invite dialog, German UI
      { by: 'text', lang: 'de', text: 'Einladen', exact: true, candidates: DIALOG_BUTTON },
    ],
  },
  'sia.users.invite-confirmation': {
    page: 'sia-user-management',
    within: 'sia.users.invite-dialog-title',
    ways: [
      // Success toast / live region, any language (inference)
      { by: 'css', selector: SUCCESS },
      // Toast text, English UI (matches "Invitation(s) sent" / "Invites sent", inference)
      { by: 'text', lang: 'en', text: 'invit', exact: false, candidates: MESSAGE },
      // Toast text, German UI (inference)
      { by: 'text', lang: 'de', text: 'Einladung', exact: false, candidates: MESSAGE },
    ],
  },
  'sia.users.invite-csv': {
    page: 'sia-user-management',
    ways: [
      // Second entry of the Actions menu, any language (inference)
      { by: 'css', selector: '[role="menu"] > [role="menuitem"]:nth-child(2), .dropdown-menu > li:nth-child(2) > a' },
      // Actions menu, English UI
      { by: 'text', lang: 'en', text: 'Invite Users via CSV', exact: true, candidates: MENU },
      // Actions menu, German UI
      { by: 'text', lang: 'de', text: 'Benutzer über CSV einladen', exact: true, candidates: MENU },
    ],
  },
  'sia.users.csv-file': {
    page: 'sia-user-management',
    ways: [
      // File input of the CSV dialog, any language
      { by: 'css', selector: 'input[type="file"][accept*="csv" i], [role="dialog"] input[type="file"]' },
      // CSV dialog, English UI
      { by: 'text', lang: 'en', text: 'Browse', exact: false, candidates: '[role="dialog"] button, [role="dialog"] label' },
      // CSV dialog, German UI
      { by: 'text', lang: 'de', text: 'Durchsuchen', exact: false, candidates: '[role="dialog"] button, [role="dialog"] label' },
    ],
  },
  'sia.users.csv-next': {
    page: 'sia-user-management',
    ways: [
      // Submit button of the upload dialog, any language
      { by: 'css', selector: '[role="dialog"]:has(input[type="file"]) button[type="submit"]' },
      // CSV dialog, English UI
      { by: 'text', lang: 'en', text: 'Next', exact: true, candidates: DIALOG_BUTTON },
      // CSV dialog, German UI
      { by: 'text', lang: 'de', text: 'Weiter', exact: true, candidates: DIALOG_BUTTON },
    ],
  },
  'sia.users.csv-mapping': {
    page: 'sia-user-management',
    ways: [
      // Mapping table in the CSV dialog, any language (inference)
      { by: 'css', selector: '[role="dialog"] table:has(select), [role="dialog"] [role="grid"]' },
      // Mapping table header, English UI (inference)
      { by: 'text', lang: 'en', text: 'Field', exact: false, candidates: '[role="dialog"] th, [role="dialog"] h2, [role="dialog"] h3' },
      // Mapping table header, German UI (inference)
      { by: 'text', lang: 'de', text: 'Feld', exact: false, candidates: '[role="dialog"] th, [role="dialog"] h2, [role="dialog"] h3' },
    ],
  },
  'sia.users.csv-invite': {
    page: 'sia-user-management',
    ways: [
      // Submit button of the mapping step, any language (inference)
      { by: 'css', selector: '[role="dialog"]:has(select) button[type="submit"]' },
      // Mapping step, English UI
      { by: 'text', lang: 'en', text: 'Invite', exact: true, candidates: DIALOG_BUTTON },
      // Mapping step, German UI
      { by: 'text', lang: 'de', text: 'Einladen', exact: true, candidates: DIALOG_BUTTON },
    ],
  },
  'sia.users.invite-dialog-title': {
    page: 'sia-user-management',
    ways: [
      // Dialog heading, English UI
      { by: 'text', lang: 'en', text: 'Invite Users', exact: true, candidates: DIALOG_TITLE },
      // Dialog heading, German UI
      { by: 'text', lang: 'de', text: 'Benutzer einladen', exact: true, candidates: DIALOG_TITLE },
      // The dialog with an e-mail address field, before it is sent, any language (inference)
      { by: 'css', selector: '[role="dialog"]:has(textarea[name*="email" i], input[type="email"])' },
    ],
  },
  'sia.users.csv-dialog-title': {
    page: 'sia-user-management',
    ways: [
      // Dialog heading, English UI
      { by: 'text', lang: 'en', text: 'Invite Users via CSV', exact: true, candidates: DIALOG_TITLE },
      // Dialog heading, German UI
      { by: 'text', lang: 'de', text: 'Benutzer über CSV einladen', exact: true, candidates: DIALOG_TITLE },
      // The dialog with a CSV file input or the field mapping, any language (inference)
      { by: 'css', selector: '[role="dialog"]:has(input[type="file"], select[name^="map-"])' },
    ],
  },
  'sia.users.csv-confirmation': {
    page: 'sia-user-management',
    within: 'sia.users.csv-dialog-title',
    ways: [
      // Success toast / live region, any language (inference)
      { by: 'css', selector: SUCCESS },
      // Toast text, English UI (inference)
      { by: 'text', lang: 'en', text: 'invit', exact: false, candidates: MESSAGE },
      // Toast text, German UI (inference)
      { by: 'text', lang: 'de', text: 'Einladung', exact: false, candidates: MESSAGE },
    ],
  },
} as const satisfies Record<string, TargetDef>;
