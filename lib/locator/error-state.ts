import { errorStateApplies, saysPhrase, type ErrorStateRule } from '../guide/error-states';
import type { PageId } from '../pages/types';
import { normalizeText } from './text';
import type { VisibilityFn } from './types';
import { isVisible as defaultVisibility } from './visibility';

/** Where an error rule is read: this frame's document and page (rules of this frame's app only). */
export interface ErrorStateContext {
  root: Document | Element;
  page: PageId | null;
  isVisible?: VisibilityFn;
}

/** Text blocks inside a message element, each read on its own (a heading beside the sentence, say). */
const BLOCKS = 'p, div, span, strong, b, h1, h2, h3, h4, li, td';
/** Blocks read per message element: a big container costs no more than a small one. */
const MAX_BLOCKS = 40;

/** Does a visible message element of the rule's kind, or a text block in it, say one of its phrases? */
function holds(rule: ErrorStateRule, ctx: ErrorStateContext, isVisible: VisibilityFn): boolean {
  let elements: Element[];
  try {
    elements = [...ctx.root.querySelectorAll(rule.within)];
  } catch {
    // A selector this browser does not support must not break the other rules.
    return false;
  }
  const phrases = rule.phrases.map(normalizeText);
  // Text first: reading textContent is cheaper than computing styles. The text is compared and dropped.
  const says = (el: Element) => {
    const text = normalizeText(el.textContent ?? '');
    return phrases.some((phrase) => saysPhrase(text, phrase)) && isVisible(el);
  };
  return elements.some((el) => [el, ...[...el.querySelectorAll(BLOCKS)].slice(0, MAX_BLOCKS)].some(says));
}

/**
 * The first error state of `rules` that this frame shows, or null. Returns the rule only (its id is what
 * gets recorded): the message's text is read, compared and forgotten here.
 */
export function matchErrorState(rules: readonly ErrorStateRule[], ctx: ErrorStateContext): ErrorStateRule | null {
  const isVisible = ctx.isVisible ?? defaultVisibility;
  return rules.find((rule) => errorStateApplies(rule, ctx.page) && holds(rule, ctx, isVisible)) ?? null;
}
