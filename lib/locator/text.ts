/*
 * Text normalization shared by `text` locator ways and the text evidence checks. Everything here is
 * pure and returns derived strings to its caller only; nothing is cached, so page text (which may be
 * a secret) never outlives the call that read it.
 */

/** Zero-width characters some apps sprinkle into labels and values (ZWSP, ZWNJ, ZWJ, word joiner, BOM). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Normalizes a label for comparison: zero-width characters removed, whitespace (incl. NBSP) collapsed
 * and trimmed, a required-field "*" at either end dropped (Salesforce classic puts one inside required
 * labels), one trailing ":" dropped (ExtJS and Salesforce form labels end in one), lower-cased.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\*\s*|\s*\*$/g, '')
    .replace(/\s*:$/, '')
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

/**
 * The texts that name an element: its text content, or, when that is empty (icon buttons, classic
 * `input.btn`), its `aria-label`, button value and `title`.
 */
export function labelTexts(el: Element): string[] {
  const own = normalizeText(el.textContent ?? '');
  if (own) return [own];
  const alternatives = [el.getAttribute('aria-label'), isButtonInput(el) ? el.value : null, el.getAttribute('title')];
  return alternatives.filter((t): t is string => !!t).map(normalizeText).filter(Boolean);
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
