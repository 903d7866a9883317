/*
 * Text normalization shared by `text` locator ways and the text evidence checks. Everything here is
 * pure and returns derived strings to its caller only; nothing is cached, so page text (which may be
 * a secret) never outlives the call that read it.
 */

/** Zero-width characters some apps sprinkle into labels and values (ZWSP, ZWNJ, ZWJ, word joiner, BOM). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Icon glyphs inside labels: icon fonts draw from the private use area (Marketo's, Font Awesome), and a few
 * UIs put symbol characters (⚙ ✓ ▾ ›) beside the words. None of them is part of what a label says.
 */
const GLYPHS = /[\uE000-\uF8FF\u2022\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF]|\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDFFF]/g;

/**
 * Normalizes a label for comparison: zero-width characters and icon glyphs removed, whitespace (incl.
 * NBSP) collapsed and trimmed, a required-field "*" at either end dropped (Salesforce classic puts one
 * inside required labels), one trailing ":" or ellipsis ("…", "...") dropped (ExtJS and Salesforce form
 * labels end in a colon, "Browse…" buttons in an ellipsis), lower-cased.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(GLYPHS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\*\s*|\s*\*$/g, '')
    .replace(/\s*(?::|…|\.\.\.)$/, '')
    .toLowerCase();
}

/** True when `text` holds anything but whitespace and zero-width characters. */
export function hasContent(text: string): boolean {
  return text.replace(ZERO_WIDTH, '').trim().length > 0;
}

function isButtonInput(el: Element): el is HTMLInputElement {
  if (el.localName !== 'input') return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return type === 'button' || type === 'submit';
}

/** Text of `el` without the subtrees hidden from assistive technology (decorative glyph spans). */
function spokenText(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && (node as Element).getAttribute('aria-hidden') !== 'true') out += ` ${spokenText(node as Element)} `;
  }
  return out;
}

/** Names carried by icon children: `img[alt]`, `svg > title`, an icon's own `aria-label`. */
function iconNames(el: Element): string[] {
  return [...el.querySelectorAll('img[alt], svg title, [role="img"][aria-label], svg[aria-label]')].map((icon) =>
    icon.localName === 'img' ? (icon.getAttribute('alt') ?? '') : icon.localName === 'title' ? (icon.textContent ?? '') : (icon.getAttribute('aria-label') ?? ''),
  );
}

/** The text of the elements `aria-labelledby` names (same document or shadow root). */
function labelledByText(el: Element): string | null {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return null;
  const root = el.getRootNode() as Document | DocumentFragment;
  const text = ids
    .split(/\s+/)
    .map((id) => ('getElementById' in root ? root.getElementById(id)?.textContent : null) ?? '')
    .join(' ');
  return text.trim() ? text : null;
}

/**
 * The texts that name an element, each normalized: its text content (screen-reader-only text included),
 * the same without aria-hidden glyph spans, and its accessible-name attributes (`aria-labelledby`,
 * `aria-label`, a button input's value, `title`) and icon children's names (`img[alt]`, `svg > title`),
 * for icon buttons whose only words are there.
 */
export function labelTexts(el: Element): string[] {
  const own = normalizeText(el.textContent ?? '');
  const names = [own, normalizeText(spokenText(el))];
  const attributes = [labelledByText(el), el.getAttribute('aria-label'), isButtonInput(el) ? el.value : null, el.getAttribute('title')];
  for (const text of attributes) if (text) names.push(normalizeText(text));
  if (!own) for (const text of iconNames(el)) names.push(normalizeText(text));
  return [...new Set(names.filter(Boolean))];
}

/** Whether the element is named `text` (whole text when `exact`, else contained). */
export function labelMatches(el: Element, text: string, exact: boolean): boolean {
  const wanted = normalizeText(text);
  if (!wanted) return false;
  return labelTexts(el).some((t) => (exact ? t === wanted : t.includes(wanted)));
}

/** The value an evidence check reads: a form control's value, else the element's text content. */
export function readableText(el: Element): string {
  const name = el.localName;
  if (name === 'textarea' || name === 'select') return (el as HTMLTextAreaElement | HTMLSelectElement).value;
  if (name === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    // A button-ish input's value is its caption, not data; checkboxes carry no text.
    if (!['button', 'submit', 'reset', 'checkbox', 'radio', 'image'].includes(type)) return (el as HTMLInputElement).value;
  }
  return el.textContent ?? '';
}
