/*
 * Selector building blocks shared by the Sales Insight Actions target files (sales-insight-actions.ts,
 * sales-insight-actions-users.ts).
 */

/** Buttons and button-like links. */
export const BUTTON = 'button, [role="button"], a.btn';
/** Entries of the Settings side navigation. */
export const NAV = 'nav a, [role="navigation"] a, aside a, [role="menuitem"]';
/** Tabs on a settings page. */
export const TAB = '[role="tab"], .nav-tabs a, .tabs a';
/** Entries of an open drop-down menu. */
export const MENU = '[role="menuitem"], [role="menu"] a, .dropdown-menu a';
/** Buttons inside a modal dialog. */
export const DIALOG_BUTTON = '[role="dialog"] button, [role="alertdialog"] button, .modal button';
/** Dialog headings (the dialog's accessible name in the current UI, title element in the old one). */
export const DIALOG_TITLE = '[role="dialog"] :is(h1, h2, h3, .modal-title), .modal :is(h1, h2, h3, .modal-title)';
/** Toasts and status messages; deliberately not dialog body text (which may mention "invite"). */
export const MESSAGE = '[role="status"], [role="alert"], .toast, .alert-success';
/** Success messages by class: a bare `[role="status"]` could be any live region, so it is not enough. */
export const SUCCESS = '[role="status"][class*="success" i], [role="alert"][class*="success" i], .toast-success, .alert-success';
/** Gear icon by class (icon fonts or SVG). Inference. */
export const GEAR = '[aria-haspopup][class*="gear" i], [aria-haspopup][class*="cog" i], button:has(> svg[class*="gear" i])';
/** Status read-outs (badges, pills, live regions) that say whether something is connected. */
export const STATUS = '[role="status"], .badge, .label, [class*="badge" i], [class*="pill" i], [class*="status" i]';
/** The heading of an alert dialog (a confirmation shown on its own, outside the dialog that caused it). */
export const ALERT_DIALOG_TEXT = '[role="alertdialog"] :is(h1, h2, h3, [role="heading"])';
