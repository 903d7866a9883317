import { isAtPage } from '../pages/types';
import type { LocatorWay, TargetDef } from '../targets/types';
import { resolveLabelledField } from './labelled-field';
import { roleSelector } from './roles';
import { labelMatches } from './text';
import type { LocateContext, LocateResult, TriedWay, VisibilityFn, WayOutcome } from './types';
import { isVisible as defaultVisibility } from './visibility';
import { locatedInPass } from './one-pass';

type ElementWay = Exclude<LocatorWay, { by: 'route' }>;
type TextWay = Extract<LocatorWay, { by: 'text' }>;

/** The visible, distinct elements one way yields, or why it yields none. */
export type WayMatch = { elements: Element[] } | { outcome: WayOutcome };

function queryAll(root: Document | Element, selector: string): Element[] | null {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    // Registry selectors are data; one unsupported by this browser (`:has`, `i` flags) must not break the rest.
    return null;
  }
}

/** Drops candidates inside another matching candidate: `a.x4-btn > span.x4-btn-inner` is one button, not two. */
export function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

function visibleOrOutcome(elements: Element[], isVisible: VisibilityFn): WayMatch {
  if (elements.length === 0) return { outcome: 'none' };
  const visible = elements.filter(isVisible);
  return visible.length ? { elements: visible } : { outcome: 'hidden' };
}

/** The visible elements whose name is the way's label, among `found`. */
function labelled(found: Element[], way: TextWay, isVisible: VisibilityFn): WayMatch {
  // Text before visibility: reading textContent is far cheaper than computing styles for every candidate.
  return visibleOrOutcome(found.filter((el) => labelMatches(el, way.text, way.exact ?? true)), isVisible);
}

/** Exported for the registry tests: the elements one way yields on a page (route ways yield none). */
export function matchWay(way: ElementWay, root: Document | Element, isVisible: VisibilityFn): WayMatch {
  const found = queryAll(root, way.by === 'css' ? way.selector : way.candidates);
  if (!found) return { outcome: 'invalid-selector' };
  if (way.by === 'css') return visibleOrOutcome(found, isVisible);

  let labels = labelled(found, way, isVisible);
  // No candidate carries the label: look at the page's elements of the target's role(s), by accessible name.
  if (!('elements' in labels) && way.roles?.length) {
    const fallback = labelled(queryAll(root, roleSelector(way.roles, way.roleScope)) ?? [], way, isVisible);
    if ('elements' in fallback) labels = fallback;
  }
  if (!('elements' in labels)) return labels;
  const matched = outermost(labels.elements);
  if (way.resolve !== 'labelled-field') return { elements: matched };
  // Two labels may name one field (label[for] and aria-labelledby): the Set keeps it one.
  const fields = new Set(matched.map(resolveLabelledField).filter((f): f is Element => f !== null));
  return visibleOrOutcome([...fields], isVisible);
}

/**
 * Finds a target on the page. Ways are tried in order; the first that yields exactly one visible
 * element wins. A way yielding several is skipped as ambiguous: pointing at the wrong control is worse
 * than the written fallback. A `route` way answers `route` when `ctx.page` is its page.
 * Never throws; `tried` lists each failed element way (route ways that do not apply are left out).
 */
export function locateTarget(def: TargetDef, ctx: LocateContext): LocateResult {
  // Never shared within a pass: a scoped target depends on what this locator saw on screen before
  // (wasShown), and a caller's own visibility test may answer differently from the page's.
  if (def.within || ctx.isVisible) return locateOnce(def, ctx);
  return locatedInPass(def, ctx.root, ctx.page, () => locateOnce(def, ctx));
}

function locateOnce(def: TargetDef, ctx: LocateContext): LocateResult {
  const isVisible = ctx.isVisible ?? defaultVisibility;
  const tried: TriedWay[] = [];
  if (!onItsPage(def, ctx)) return { status: 'not-found', tried };
  const root = def.within ? scopeRoot(def, ctx) : ctx.root;
  for (const [index, way] of def.ways.entries()) {
    if (way.by === 'route') {
      if (isAtPage(ctx.page, way.page)) return { status: 'route', way: index };
      continue;
    }
    const match: WayMatch = root ? matchWay(way, root, isVisible) : { outcome: 'none' };
    if ('elements' in match && match.elements.length === 1 && match.elements[0]) {
      return { status: 'found', element: match.elements[0], way: index, by: way.by };
    }
    // A match list is never empty, so more than one element is what makes it fail here.
    const outcome = 'elements' in match ? 'ambiguous' : match.outcome;
    tried.push({ way: index, by: way.by, ...(way.by === 'text' ? { lang: way.lang } : {}), outcome });
  }
  return { status: 'not-found', tried };
}

/**
 * A target is looked for only on its own page (a "Connect" button of one settings page is not another
 * page's), except navigation targets (those with a route way: a side-navigation entry, a tab of the
 * app's frame), which sibling pages show too. Without a detected page every target is looked for.
 */
export function onItsPage(def: TargetDef, ctx: Pick<LocateContext, 'page'>): boolean {
  return ctx.page === null || ctx.page === def.page || def.ways.some((way) => way.by === 'route');
}

/** Containers a `within` scope widens to: the dialog, section or ExtJS panel (card) that holds the scope target. */
const SCOPE_CONTAINER = '[role="dialog"], [role="alertdialog"], dialog, .modal, section, .x4-panel, .x-panel';

/** The element a `within` target is searched in, or null when the scope target is not on screen. Exported for the registry tests. */
export function scopeRoot(def: TargetDef, ctx: LocateContext): Element | null {
  const anchor = def.within ? (ctx.elementOf?.(def.within) ?? null) : null;
  if (anchor) return anchor.closest(SCOPE_CONTAINER) ?? anchor;
  // An alert dialog stands in only for a scope dialog the user had open (not the previous step's confirmation).
  if (!def.orAlertDialog || !def.within || !ctx.wasShown?.(def.within)) return null;
  // Only a lone alert dialog: with two on screen, which one confirms what cannot be told.
  const alerts = [...ctx.root.querySelectorAll('[role="alertdialog"]')].filter(ctx.isVisible ?? defaultVisibility);
  return alerts.length === 1 ? (alerts[0] ?? null) : null;
}

/**
 * How many visible elements the first element way that matches anything yields (list targets such as
 * table rows, for `count-at-least`). Route ways are skipped: a page is not a list entry.
 */
export function countMatches(def: TargetDef, ctx: LocateContext): number {
  const isVisible = ctx.isVisible ?? defaultVisibility;
  const root = def.within ? scopeRoot(def, ctx) : ctx.root;
  if (!root || !onItsPage(def, ctx)) return 0;
  for (const way of def.ways) {
    if (way.by === 'route') continue;
    const match = matchWay(way, root, isVisible);
    if ('elements' in match) return match.elements.length;
  }
  return 0;
}
