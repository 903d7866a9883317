import type { TargetDef } from '../targets/types';
import type { LocateResult } from './types';

/**
 * What one synchronous pass over the page has already worked out. Within a pass only our own code runs,
 * and it does not change the host's DOM, so a target located (or an element found visible) once holds
 * for the rest of the pass: the evidence reader and the guide, which read the same targets, pay for
 * them once. Nothing survives the pass, so the next one sees the page as it is then.
 */
interface Pass {
  readonly visible: WeakMap<Element, boolean>;
  readonly located: Map<TargetDef, { root: Document | Element; page: string | null; result: LocateResult }>;
}

let current: Pass | null = null;

/** Runs `fn` as one pass (or as part of the enclosing one) and returns its result. */
export function inOnePass<T>(fn: () => T): T {
  if (current) return fn();
  current = { visible: new WeakMap(), located: new Map() };
  try {
    return fn();
  } finally {
    current = null;
  }
}

/** `test(el)` once per element in a pass; outside a pass, every time. */
export function visibleInPass(el: Element, test: (el: Element) => boolean): boolean {
  if (!current) return test(el);
  let seen = current.visible.get(el);
  if (seen === undefined) current.visible.set(el, (seen = test(el)));
  return seen;
}

/** `locate()` once per target, root and page in a pass; outside a pass, every time. */
export function locatedInPass(def: TargetDef, root: Document | Element, page: string | null, locate: () => LocateResult): LocateResult {
  if (!current) return locate();
  const seen = current.located.get(def);
  if (seen && seen.root === root && seen.page === page) return seen.result;
  const result = locate();
  current.located.set(def, { root, page, result });
  return result;
}
