/*
 * The page's interactive elements by role, for a text way whose own candidate selector finds no element
 * with its label (a customer's UI nobody here has seen: another class list, another ExtJS generation).
 * ARIA roles first, then the native elements that carry the role implicitly, then the ExtJS 3 and 4.1/4.2
 * markup that carries none (tables as buttons, divs as tabs, tree node elements).
 */

/** A role a text way's target has; the fallback looks only at elements of these roles. */
export type FallbackRole = 'button' | 'link' | 'tab' | 'menuitem' | 'treeitem' | 'label' | 'option';

/** Elements of each role. */
export const ROLE_SELECTORS: Readonly<Record<FallbackRole, string>> = {
  // Native buttons, ARIA buttons, button inputs; ExtJS 3 table buttons, ExtJS 4.2 anchor buttons.
  button: 'button, [role="button"], input[type="button"], input[type="submit"], table.x-btn, a.x4-btn',
  // Links with an address, ARIA links (single-page apps route without href).
  link: 'a[href], [role="link"]',
  // ARIA tabs; ExtJS 4 tabs (div.x4-tab around a button), ExtJS 3 tab strip entries.
  tab: '[role="tab"], .x4-tab, ul.x-tab-strip > li',
  // ARIA menu entries; ExtJS 4 and ExtJS 3 menu items.
  menuitem: '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], .x4-menu-item, .x-menu-item',
  // ARIA tree items; ExtJS 3 tree node elements, ExtJS 4 tree cells.
  treeitem: '[role="treeitem"], .x-tree-node-el, .x4-grid-cell-treecolumn',
  // Form labels and the label cells of read-only forms (definition lists, header cells, legends).
  label: 'label, legend, dt, th',
  // Options of a list box or select.
  option: '[role="option"], option',
};

/** One selector for the elements of any of `roles`, inside a `scope` container when one is given. */
export function roleSelector(roles: readonly FallbackRole[], scope?: string): string {
  const any = roles.map((role) => ROLE_SELECTORS[role]).join(', ');
  return scope ? `:is(${scope}) :is(${any})` : any;
}

/** Modal dialogs of any UI generation: the scope of a dialog button's role fallback. */
export const DIALOG_SCOPE = '[role="dialog"], [role="alertdialog"], dialog, .modal, .x4-window, .x-window';
