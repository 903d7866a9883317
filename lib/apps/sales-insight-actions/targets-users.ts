import { DIALOG_SCOPE } from '../../locator/roles';
import type { TargetDef } from '../../targets/types';
import { ALERT_DIALOG_TEXT, BUTTON, MENU, DIALOG_BUTTON, DIALOG_TITLE, MESSAGE, SUCCESS } from './selectors';

/** Sales Insight Actions › Settings › User Management: the invite dialogs (steps 5 and 6). */
export const SIA_USER_TARGETS = {
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
      { by: 'text', lang: 'en', text: 'Actions', exact: true, roles: ['button', 'link'], candidates: BUTTON },
      // User Management toolbar, German UI
      { by: 'text', lang: 'de', text: 'Aktionen', exact: true, roles: ['button', 'link'], candidates: BUTTON },
    ],
  },
  'sia.users.invite': {
    page: 'sia-user-management',
    ways: [
      // (No "first entry of a menu" way: the gear's menu has a first entry too.)
      // Actions menu, English UI, singular wording (inference)
      { by: 'text', lang: 'en', text: 'Invite User', exact: true, roles: ['menuitem', 'link'], candidates: MENU },
      // Actions menu, English UI
      { by: 'text', lang: 'en', text: 'Invite Users', exact: true, roles: ['menuitem', 'link'], candidates: MENU },
      // Actions menu, German UI
      { by: 'text', lang: 'de', text: 'Benutzer einladen', exact: true, roles: ['menuitem', 'link'], candidates: MENU },
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
      { by: 'text', lang: 'en', text: 'Invite', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
      // Invite dialog, German UI
      { by: 'text', lang: 'de', text: 'Einladen', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
    ],
  },
  'sia.users.invite-confirmation': {
    page: 'sia-user-management',
    within: 'sia.users.invite-dialog-title',
    orAlertDialog: true,
    ways: [
      // Success toast / live region, any language (inference)
      { by: 'css', selector: SUCCESS },
      // Toast text, English UI (matches "Invitation(s) sent" / "Invites sent", inference)
      { by: 'text', lang: 'en', text: 'invit', exact: false, candidates: MESSAGE },
      // Toast text, German UI (inference)
      { by: 'text', lang: 'de', text: 'Einladung', exact: false, candidates: MESSAGE },
      // Toast text, German UI with the verb ("… wurden eingeladen", inference)
      { by: 'text', lang: 'de', text: 'eingeladen', exact: false, candidates: MESSAGE },
      // A confirmation in an alert dialog of its own (the invite dialog closed), English UI (inference)
      { by: 'text', lang: 'en', text: 'invit', exact: false, candidates: ALERT_DIALOG_TEXT },
      // The same, German UI (inference)
      { by: 'text', lang: 'de', text: 'Einladung', exact: false, candidates: ALERT_DIALOG_TEXT },
    ],
  },
  'sia.users.invite-csv': {
    page: 'sia-user-management',
    ways: [
      // (No "second entry of a menu" way: any open menu has one.)
      // Menu entry by its action attribute, any language (inference)
      { by: 'css', selector: '[role="menuitem"]:is([data-action*="csv" i], [href*="csv" i])' },
      // Actions menu, English UI
      { by: 'text', lang: 'en', text: 'Invite Users via CSV', exact: true, roles: ['menuitem', 'link'], candidates: MENU },
      // Actions menu, German UI
      { by: 'text', lang: 'de', text: 'Benutzer über CSV einladen', exact: true, roles: ['menuitem', 'link'], candidates: MENU },
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
      { by: 'text', lang: 'en', text: 'Next', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
      // CSV dialog, German UI
      { by: 'text', lang: 'de', text: 'Weiter', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
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
      { by: 'text', lang: 'en', text: 'Invite', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
      // Mapping step, German UI
      { by: 'text', lang: 'de', text: 'Einladen', exact: true, roles: ['button'], roleScope: DIALOG_SCOPE, candidates: DIALOG_BUTTON },
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
    orAlertDialog: true,
    ways: [
      // Success toast / live region, any language (inference)
      { by: 'css', selector: SUCCESS },
      // Toast text, English UI (inference)
      { by: 'text', lang: 'en', text: 'invit', exact: false, candidates: MESSAGE },
      // Toast text, German UI (inference)
      { by: 'text', lang: 'de', text: 'Einladung', exact: false, candidates: MESSAGE },
      // Toast text, German UI with the verb ("… wurden eingeladen", inference)
      { by: 'text', lang: 'de', text: 'eingeladen', exact: false, candidates: MESSAGE },
      // A confirmation in an alert dialog of its own (the CSV dialog closed), English UI (inference)
      { by: 'text', lang: 'en', text: 'invit', exact: false, candidates: ALERT_DIALOG_TEXT },
      // The same, German UI (inference)
      { by: 'text', lang: 'de', text: 'Einladung', exact: false, candidates: ALERT_DIALOG_TEXT },
    ],
  },
} as const satisfies Record<string, TargetDef>;
