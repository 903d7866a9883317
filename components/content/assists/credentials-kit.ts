import { flip, offset, shift, type Placement } from '@floating-ui/core';
import { placeFixed } from '../../callout/place-fixed';

/*
 * Small shared pieces of the credential assists. Content scripts have a 30 KB gzip budget each, so
 * nothing here imports lib/credentials: the background runs the checks and sends the findings with their
 * messages in both languages; only our few words (in each assist's file, so each script ships only its
 * own) and the safe fixes are computed here.
 */

/**
 * Extra styles inside our shadow root. Boxes reuse the overlay's `.callout` card (fixed position,
 * pointer events on, border, shadow) and its button styles; this only narrows them and colours the verdict.
 */
export const CSS =
  '.cv{width:320px;font-size:13px;line-height:17px;padding:6px 10px;border-left:4px solid #8a4b00}.cv[data-verdict=error]{border-left-color:#a61b1b}.cv[data-verdict=ok]{border-left-color:#1e6b36}.cv p{margin:2px 0}';

// Never part of a credential: format characters (zero-width, bidi, BOM, soft hyphen), variation
// selectors, control characters other than tab and line breaks, and Unicode spaces.
const INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]|(?![\t\n\v\f\r\u0085])\p{Cc}/gu;
const EDGES = /^[\s\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}]+|[\s\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}]+$/gu;

/** The value as it should be copied: invisible characters removed, blanks at both ends trimmed. */
export const clean = (value: string): string => value.replace(INVISIBLE, '').replace(EDGES, '');

/**
 * The safe repairs computed here, for fix kinds whose value the background cannot send (it may be a
 * secret). No `remove-line-breaks`: a single-line input cannot hold a line break (the browser strips it).
 */
const LOCAL_FIXES: Readonly<Record<string, RegExp>> = {
  trim: EDGES,
  'remove-invisible': INVISIBLE,
  'remove-tabs': /\t/g,
  'remove-spaces': / /g,
};

/** A fix as it arrives over the wire: a kind, and the value to set when the background computed it. */
export type WireFix = { readonly kind: string; readonly value?: string };

/**
 * Whether a fix can be applied here: public fix values (an extracted or upper-cased Munchkin ID, an
 * exact remote site URL) arrive with the finding; the others are computed from the field's value.
 */
export const canFix = (fix: WireFix): boolean => fix.value !== undefined || fix.kind in LOCAL_FIXES;

/**
 * Applies a fix to the field's value as read at click time (the admin may have typed since the check),
 * then fires a bubbling `input` event as typing would. Set from this isolated world, the value bypasses
 * any framework's value tracking in the page, so the framework sees the change on that event.
 */
export function applyFix(field: HTMLInputElement, fix: WireFix): void {
  const pattern = LOCAL_FIXES[fix.kind];
  field.value = fix.value ?? (pattern ? field.value.replace(pattern, '') : field.value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, params: Record<string, string | number>): string => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

/**
 * Places floating boxes beside their anchors, in order, pushing a box down while it would cover one
 * placed before it (verdicts of neighbouring fields can be taller than the gap between the fields),
 * but never below the viewport: a box that must be read (and may hold a button) beats a tidy stack.
 */
export async function placeStacked(pairs: ReadonlyArray<readonly [Element, HTMLElement, Placement]>): Promise<void> {
  const placed: DOMRect[] = [];
  for (const [anchor, box, placement] of pairs) {
    if (!box.isConnected) continue;
    const { x, y } = await placeFixed(anchor, box, {
      placement,
      middleware: [offset(8), flip({ fallbackPlacements: ['bottom-start'] }), shift({ padding: 8, crossAxis: true })],
    });
    const { width, height } = box.getBoundingClientRect();
    let top = y;
    for (const r of placed) if (x < r.right && x + width > r.left && top < r.bottom + 4 && top + height > r.top) top = r.bottom + 4;
    top = Math.max(8, Math.min(top, innerHeight - height - 8));
    box.style.left = `${x}px`;
    box.style.top = `${top}px`;
    placed.push(new DOMRect(x, top, width, height));
  }
}
