/*
 * Which parts of the markup say what a control is, rather than which render of it this is. Anything an app
 * generates per render (ExtJS' ext-gen123, React's css-1x2y3z, numbered ids) or toggles with state
 * (active, x-btn-over, is-open) would make a learned anchor miss the control next time.
 */

/** Classes and attribute values with a run of digits or a hash are generated. */
const GENERATED = /\d{3,}|^(?:ext-|x-auto|x4-auto|ember|react|css-|sc-|jsx-|svelte-|ng-)|[0-9a-f]{6,}|__/i;
/** State classes: how the control looks now, not what it is. */
const STATE = /^(?:is-|has-)|(?:^|-)(?:active|hover|over|focus|focused|selected|pressed|disabled|open|opened|expanded|collapsed|loading|busy|hidden|visible|checked|current|on|off)$/i;
/** A class name a selector can carry without escaping. */
const CLASS_NAME = /^[A-Za-z_][\w-]{0,40}$/;
/** An attribute value a selector can carry in double quotes without escaping. */
export const SAFE_VALUE = /^[\w\-/#.: ]{1,80}$/;

/** Whether a class names what the element is, and can be put in a selector as it is. */
export function isStableClass(name: string): boolean {
  return CLASS_NAME.test(name) && !GENERATED.test(name) && !STATE.test(name);
}

/** Whether an attribute value is stable and safe to quote in a selector. */
export function isStableValue(value: string): boolean {
  return SAFE_VALUE.test(value) && !GENERATED.test(value);
}

/** The attributes that say what a control does; never `id`, `value` or free text. */
export const STABLE_ATTRIBUTES = ['type', 'name', 'role', 'href', 'data-action', 'data-provider', 'data-testid', 'data-test', 'data-qa', 'aria-haspopup'] as const;

/** An element's stable classes, at most `max`. */
export function stableClasses(el: Element, max: number): string[] {
  return [...el.classList].filter(isStableClass).slice(0, max);
}
