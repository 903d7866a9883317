/*
 * From a matched label to the field it labels. Rules that read a value (`text-nonempty`, `checked`)
 * need the field, never the label, so when the field cannot be told apart we return null rather than
 * guess: a wrong field could make a step look done.
 */

/** What counts as a field: form controls, ExtJS display fields, ARIA checkboxes and text boxes. */
export const FIELD_SELECTOR =
  'input:not([type=hidden]), select, textarea, .x4-form-display-field, .x-form-display-field, [role=checkbox], [role=textbox]';

/** Containers that hold one label/field pair in the layouts we meet (ExtJS 3/4, Salesforce classic and SLDS, Bootstrap). */
const ROW_SELECTOR = '.x4-form-item, .x-form-item, tr, .slds-form-element, .form-group, [role=group], li, div';

/** How far above the label a row may start; beyond that a "row" is a whole card and its one field could be anyone's. */
const MAX_ROW_DEPTH = 5;

type IdRoot = Document | DocumentFragment;

function idRoot(el: Element): IdRoot {
  const root = el.getRootNode();
  return root.nodeType === 11 ? (root as DocumentFragment) : el.ownerDocument;
}

/** `label[for]`: the matched element, or a label inside it (Salesforce `td.labelCol > label`). */
function byForAttribute(el: Element): Element | null {
  const label = el.matches('label[for]') ? el : el.querySelector('label[for]');
  const id = label?.getAttribute('for');
  // getElementById, not a selector: Visualforce ids contain ":" which would need escaping.
  return id ? idRoot(el).getElementById(id) : null;
}

/** `aria-labelledby` pointing back at the label (or a labelled element inside it). */
function byLabelledBy(el: Element): Element | null {
  const ids = new Set<string>();
  if (el.id) ids.add(el.id);
  for (const inner of el.querySelectorAll('[id]')) ids.add(inner.id);
  if (ids.size === 0) return null;
  const fields = [...idRoot(el).querySelectorAll('[aria-labelledby]')].filter((f) =>
    (f.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((token) => ids.has(token)),
  );
  return fields.length === 1 ? (fields[0] ?? null) : null;
}

/** Exactly one field in the container → it; several → 'several' (cannot tell which is ours); none → null. */
function onlyField(container: Element): Element | null | 'several' {
  const fields = container.querySelectorAll(FIELD_SELECTOR);
  if (fields.length > 1) return 'several';
  return fields[0] ?? null;
}

/**
 * Walks up from the label through row-like containers (the label itself counts, for
 * `<label>Text <input></label>`) and takes the first that holds exactly one field. Inside a table cell
 * with no field, the field is in the very next cell (Salesforce `td.labelCol` + `td.dataCol`, ExtJS 4
 * label cells) and the walk stops there: the rest of a `tr` belongs to the neighbouring label/field pair.
 */
function inRow(el: Element): Element | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth <= MAX_ROW_DEPTH; depth++, node = node.parentElement) {
    const cell = node.localName === 'td' || node.localName === 'th';
    if (depth > 0 && !cell && !node.matches(ROW_SELECTOR)) continue;
    let field = onlyField(node);
    if (field === null && cell) {
      const next = node.nextElementSibling;
      field = next && next.matches('td, th') ? onlyField(next) : null;
      return field === 'several' ? null : field;
    }
    // Several fields in one row: no way to tell ours, and every ancestor holds at least as many.
    if (field === 'several') return null;
    if (field) return field;
  }
  return null;
}

/**
 * The field a label names: `label[for]` → element by id; `aria-labelledby` reverse lookup; else the
 * nearest form row (or next table cell) that contains exactly one field. Null when none is certain.
 */
export function resolveLabelledField(label: Element): Element | null {
  return byForAttribute(label) ?? byLabelledBy(label) ?? inRow(label);
}
