/**
 * Windows and dialogs a target can sit in, which the callout must not cover (the sync preview's field
 * list, the invite dialog's text): it goes beside the window instead, when the viewport has room.
 */
const DIALOG = [
  // Any UI with ARIA, and the native element
  '[role="dialog"]',
  '[role="alertdialog"]',
  'dialog',
  // ExtJS 3 windows (classic Marketo Admin)
  '.x-window',
  // ExtJS 4 windows (Marketo's x4 prefix)
  '.x4-window',
  // Bootstrap modals (Sales Insight Actions)
  '.modal-content',
  // Salesforce Lightning Design System modals
  '.slds-modal__container',
].join(', ');

/** The window or dialog around `target`, or null when it is on the page itself. */
export function containerOf(target: Element): Element | null {
  const container = target.closest(DIALOG);
  // A "dialog" as large as the page (some apps mark their whole content so) leaves no room beside it.
  return container && container !== target && container !== target.ownerDocument.body ? container : null;
}
