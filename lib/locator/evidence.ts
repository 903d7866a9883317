import type { EvidenceCheck } from '../guide/types';
import type { TargetDef } from '../targets/types';
import { countMatches, locateTarget } from './locate';
import { hasContent, normalizeText, readableText } from './text';
import type { LocateContext, VisibilityFn } from './types';
import { isVisible as defaultVisibility } from './visibility';

/** ExtJS 4 / ExtJS 3 mark a checked checkbox field with a class on its outer table, not on an input. */
const EXT_CHECKED = '.x4-form-cb-checked, .x-form-cb-checked';

function isChecked(el: Element): boolean {
  if (el.localName === 'input') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    // A native checkbox's own state is authoritative (ExtJS checkboxes are type=button inputs, handled below).
    if (type === 'checkbox' || type === 'radio') return (el as HTMLInputElement).checked;
  }
  const aria = el.getAttribute('aria-checked');
  if (aria !== null) return aria === 'true';
  return el.matches(EXT_CHECKED) || !!el.closest('table')?.matches(EXT_CHECKED);
}

/**
 * Whether a status text says one of `phrases`: the whole text, or the phrase as its opening words followed
 * by a detail ("Sync in progress (started 10:15)", "Connected as ana@acme.example"). Never inside the
 * text, so a negation before the phrase ("Not synced", "Nicht verbunden") does not count.
 */
export function phraseMatches(text: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => {
    const wanted = normalizeText(phrase);
    return wanted !== '' && (text === wanted || (text.startsWith(wanted) && /^[\s(,;:–—-]/.test(text.slice(wanted.length))));
  });
}

/**
 * Reads one evidence check from a located element (null: not found). Returns only whether the check
 * holds: the text it reads may be a secret (Client Secret, API keys), so it is neither returned nor kept.
 * `count-at-least` can see one element only, so it holds here just for counts ≤ 1; use
 * {@link evaluateEvidence} (which counts via `countMatches`) for lists.
 */
export function readEvidence(check: EvidenceCheck, element: Element | null, isVisible: VisibilityFn = defaultVisibility): boolean {
  if (!element) return false;
  switch (check.kind) {
    case 'visible':
      return isVisible(element);
    case 'text-nonempty':
      return hasContent(readableText(element));
    case 'text-matches':
      return phraseMatches(normalizeText(readableText(element)), check.phrases);
    case 'checked':
      return isChecked(element);
    case 'count-at-least':
      return check.count <= 1 && isVisible(element);
  }
}

/**
 * Locates `def` and reads `check` from it; `count-at-least` counts the visible matches instead. A `route`
 * result satisfies only `visible`.
 */
export function evaluateEvidence(check: EvidenceCheck, def: TargetDef, ctx: LocateContext): boolean {
  if (check.kind === 'count-at-least') return countMatches(def, ctx) >= check.count;
  const result = locateTarget(def, ctx);
  // A route target is the page itself: being on it is all that "visible" can mean; there is nothing to read.
  if (result.status === 'route') return check.kind === 'visible';
  return result.status === 'found' && readEvidence(check, result.element, ctx.isVisible);
}
