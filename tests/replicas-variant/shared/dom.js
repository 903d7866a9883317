// DOM building helpers for the variant replicas: elements are made with DOM APIs only (no markup strings).

/** A no-break space: real labels carry them ("Send&nbsp;Invite"), so the replicas do too. */
export const NBSP = '\u00a0';

/**
 * Creates an element. Props: `class`, `text`, `style` (object), `on<event>` listeners, `dataset` (object),
 * boolean true for empty attributes; everything else becomes an attribute. Children may be nodes, strings,
 * arrays or null.
 */
export function h(tag, props = {}, ...children) {
  return fill(document.createElement(tag), props, children);
}

/** The same for SVG elements (icons). */
export function svg(tag, props = {}, ...children) {
  return fill(document.createElementNS('http://www.w3.org/2000/svg', tag), props, children);
}

function fill(el, props, children) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key === 'text') el.textContent = value;
    else if (key === 'style') Object.assign(el.style, value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends nodes, strings and (nested) arrays; skips null, undefined and false. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Removes all children of `el`, then appends `children`. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Resolves after `ms` milliseconds (the apps render their panels late). */
export const later = (ms) => new Promise((ok) => setTimeout(ok, ms));
