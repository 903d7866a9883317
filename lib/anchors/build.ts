import { ROLE_SELECTORS, type FallbackRole } from '../locator/roles';
import { labelTexts, normalizeText } from '../locator/text';
import { ANCHOR_LIMITS, type AnchorShape } from './types';
import { isStableValue, STABLE_ATTRIBUTES, stableClasses } from './stable';

/** What a user may point at: the interactive elements of the role fallback, and form fields. */
const CONTROL = `${Object.values(ROLE_SELECTORS).join(', ')}, input, select, textarea`;
/** Fields whose text is their value: their label comes from their accessible-name attributes only. */
const FIELD = 'input:not([type=button]):not([type=submit]), select, textarea, [contenteditable]';
/** A label that reads like data (an e-mail address, an id, a long token) is not a control's label. */
const VALUE_LIKE = /@|\d{4,}|\S{25,}/;

/** The control a click landed on: the element itself, or the control around it (a button's inner span). */
export function controlOf(el: Element): Element {
  return el.closest(CONTROL) ?? el;
}

/** The first role of the locator's role fallback the element has, or null. */
export function roleOf(el: Element): FallbackRole | null {
  for (const [role, selector] of Object.entries(ROLE_SELECTORS) as [FallbackRole, string][]) if (el.matches(selector)) return role;
  return null;
}

/**
 * The control's own label, normalised: its accessible name. A field's label comes only from its naming
 * attributes (never its text, which is its value); an element that is no control carries none (its text
 * could be a value shown on the page), nor does one whose name reads like data.
 */
export function ownLabel(el: Element): string {
  const isField = el.matches(FIELD);
  if (!isField && !el.matches(CONTROL)) return '';
  const named = ['aria-label', 'title'].map((a) => el.getAttribute(a)).find((v) => v && v.trim());
  const label = isField ? normalizeText(named ?? '') : (labelTexts(el)[0] ?? '');
  return label.length <= ANCHOR_LIMITS.label && !VALUE_LIKE.test(label) ? label : '';
}

function stableAttributes(el: Element): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const name of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null && isStableValue(value) && Object.keys(attrs).length < ANCHOR_LIMITS.attrs) attrs[name] = value;
  }
  return attrs;
}

/** One container step of a path: `tag.class.class`, or null when it has no stable class. */
function pathStep(el: Element): string | null {
  const classes = stableClasses(el, 3);
  return classes.length ? [el.localName, ...classes].join('.') : null;
}

/**
 * The anchor of `clicked`'s control: tag, role, stable attributes and classes, the stable classes of the
 * containers around it (nearest first, up to the body) and its own label. Null when there is nothing stable
 * to find it by again (no label, class or attribute).
 */
export function buildAnchor(clicked: Element, options: { withLabel?: boolean } = {}): AnchorShape | null {
  const el = controlOf(clicked);
  const path: string[] = [];
  for (let p = el.parentElement; p && p.localName !== 'body' && path.length < ANCHOR_LIMITS.path; p = p.parentElement) {
    const step = pathStep(p);
    if (step) path.push(step);
  }
  const anchor: AnchorShape = {
    tag: el.localName,
    role: roleOf(el),
    attrs: stableAttributes(el),
    classes: stableClasses(el, ANCHOR_LIMITS.classes),
    path,
    label: options.withLabel === false ? '' : ownLabel(el),
  };
  const distinct = anchor.label || anchor.classes.length || Object.keys(anchor.attrs).length;
  return distinct ? anchor : null;
}
