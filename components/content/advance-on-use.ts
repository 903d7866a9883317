import type { GuideAppData } from '../../lib/guide/app-data';
import type { GuideStep } from '../../lib/guide/types';
import type { LocateResult } from '../../lib/locator/types';
import type { PageId } from '../../lib/pages/types';

/** A field the user types into: a click there starts typing, it does not finish the sub-step. */
function isTextEntry(node: Node): boolean {
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) return true;
  if (node instanceof HTMLInputElement) return !['button', 'submit', 'checkbox', 'radio', 'reset', 'image'].includes(node.type);
  return node instanceof HTMLElement && node.isContentEditable;
}

/** Entries of a drop-down list that ExtJS and ARIA UIs render at the page's end, outside their field. */
const FLOATING_OPTION = '.x4-boundlist-item, .x-combo-list-item, [role="option"]';

/**
 * Whether `node` (where the user acted) is part of the control `element` stands for: inside it, a field
 * it labels, or a hidden file input beside it (a "Browse…" button that opens the input next to it).
 */
function belongsTo(element: Element, node: Node): boolean {
  if (element.contains(node)) return true;
  if (!(node instanceof HTMLInputElement)) return false;
  if ([...(node.labels ?? [])].some((label) => element.contains(label) || label.contains(element))) return true;
  return node.type === 'file' && !!element.parentElement?.contains(node);
}

export interface AdvanceDeps {
  data: GuideAppData;
  /** The shown callout, or null when none (fallback, minimised, presenter mode). */
  current(): { step: GuideStep; subIndex: number; target: Element; page: PageId | null } | null;
  locate(key: string): LocateResult;
  /** The user used the control of this sub-step (the guide moves on once the page shows its effect). */
  used(index: number): void;
}

/**
 * Reports doing a sub-step (the progression then waits for its effect on the page): a click on a button or tab (or Enter / Space on it:
 * hosts like ExtJS act on the key itself, without a click), a committed change (`change`, on leaving the
 * field) for an input — a click into a field is only the start of typing.
 * A file chosen in a hidden input beside the target (its Browse button) and an entry chosen from the
 * current input's floating drop-down list count as using it.
 * A click on a later sub-step's control of this page (the user skipped ahead) reports that one.
 * Returns the function that removes the listeners.
 */
export function advanceOnUse(doc: Document, deps: AdvanceDeps): () => void {
  let advancing = false;
  const onUse = (event: Event) => {
    const now = deps.current();
    // One gesture fires several events (a checkbox: click, then change): advance once.
    if (advancing || !now || now.subIndex >= now.step.subSteps.length - 1) return;
    const node = event.target as Node;
    const isChange = event.type === 'change';
    const typing = isTextEntry(node);
    const key = event.type === 'keydown';
    if (key && (typing || !['Enter', ' '].includes((event as KeyboardEvent).key))) return;
    for (let index = now.step.subSteps.length - 2; index >= now.subIndex; index--) {
      const sub = now.step.subSteps[index]!;
      // Only this page's controls: a look-alike of another page's button must not skip ahead.
      if (index > now.subIndex && deps.data.targets[sub.target]?.page !== now.page) continue;
      // Inputs: a committed change, or a click on a picker (checkbox list); never a click into a text field.
      if (sub.input ? !isChange && typing : isChange) continue;
      const result = index === now.subIndex ? null : deps.locate(sub.target);
      const element = index === now.subIndex ? now.target : result?.status === 'found' ? result.element : null;
      // Choosing from the current input's drop-down list, which floats outside the field (ExtJS combo lists).
      // Not for a text field's suggestions: one chosen address is not the whole list.
      const chosen = sub.input && index === now.subIndex && !isChange && !isTextEntry(now.target) && node instanceof Element && !!node.closest(FLOATING_OPTION);
      // A key goes to the focused control, which may be the target's wrapper (a tab around its label).
      if (chosen || (element && (belongsTo(element, node) || (key && node.contains(element))))) {
        advancing = true;
        setTimeout(() => {
          advancing = false;
          deps.used(index);
        }, 0);
        return;
      }
    }
  };
  doc.addEventListener('click', onUse, true);
  doc.addEventListener('change', onUse, true);
  doc.addEventListener('keydown', onUse, true);
  return () => {
    doc.removeEventListener('keydown', onUse, true);
    doc.removeEventListener('click', onUse, true);
    doc.removeEventListener('change', onUse, true);
  };
}
