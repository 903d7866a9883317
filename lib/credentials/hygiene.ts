import {
  classify,
  codePoints,
  compactOf,
  contentBounds,
  isBlank,
  isInvisible,
  isTypographicQuote,
  removeWhere,
  trimBlank,
  wrappingQuoteIndexes,
  type CharClass,
} from './chars';
import { makeFinding, makeFix } from './finding';
import type { CredentialField, Finding, Severity } from './types';

/** How strictly a field's paste debris is judged. */
export interface FieldRules {
  readonly field: CredentialField;
  /**
   * Free-form values (the API Secret Key is chosen by the admin): inner spaces and quotes might be
   * intended, so they are warnings, and characters between two parts are never removed by a fix.
   */
  readonly lenient: boolean;
  /** Whether a compacted value (see `compactOf`) has exactly the field's shape. */
  readonly isWellFormed: (compact: string) => boolean;
}

/**
 * Paste-debris findings for one raw value: empty, spaces, line breaks, tabs, invisible characters,
 * quotes. `empty` is returned alone: nothing else is worth saying about an empty field.
 */
export function hygieneFindings(raw: string, rules: FieldRules): Finding[] {
  const { field, lenient } = rules;
  const compact = compactOf(raw);
  if (compact === '') return [makeFinding('empty', 'error', field)];

  const cps = codePoints(raw);
  const { first, last } = contentBounds(cps);
  const isInner = (i: number) => i > first && i < last;
  const has = (pred: (ch: string, i: number) => boolean) => cps.some(pred);
  const ofClass = (k: CharClass) => (ch: string) => classify(ch) === k;
  const innerOfClass = (k: CharClass) => (ch: string, i: number) => classify(ch) === k && isInner(i);
  // Removing characters between two parts of the value joins them, which is only safe when the
  // joined value has exactly the field's shape; otherwise the paste may hold two different values.
  const joinable = !lenient && rules.isWellFormed(compact);
  const soft: Severity = lenient ? 'warning' : 'error';
  const trimFix = () => makeFix('trim', removeWhere(raw, (ch, i) => isBlank(ch) && !isInner(i)));

  const out: Finding[] = [];
  if (has((ch, i) => classify(ch) === 'space' && !isInner(i))) {
    out.push(makeFinding('leading-trailing-space', 'error', field, { fix: trimFix() }));
  }
  if (has(innerOfClass('space'))) {
    const fix = joinable ? makeFix('remove-spaces', removeWhere(raw, ofClass('space'))) : undefined;
    out.push(makeFinding('inner-space', soft, field, { fix }));
  }
  for (const [k, code, kind] of [
    ['line-break', 'line-break', 'remove-line-breaks'],
    ['tab', 'tab', 'remove-tabs'],
  ] as const) {
    if (!has(ofClass(k))) continue;
    const onlyAtEnds = !has(innerOfClass(k));
    const fix = onlyAtEnds ? trimFix() : joinable ? makeFix(kind, removeWhere(raw, ofClass(k))) : undefined;
    out.push(makeFinding(code, 'error', field, { fix }));
  }
  if (has(isInvisible)) {
    // Zero-width and bidi characters never separate anything, so removing them is always safe;
    // a non-breaking space in the middle is treated like an ordinary inner space.
    const safe = joinable || !has(innerOfClass('unicode-space'));
    const fix = safe ? makeFix('remove-invisible', removeWhere(raw, isInvisible)) : undefined;
    out.push(makeFinding('invisible-character', 'error', field, { fix }));
  }
  const wrap = wrappingQuoteIndexes(cps);
  if (wrap.size > 0) {
    out.push(makeFinding('wrapping-quotes', soft, field, { fix: makeFix('strip-quotes', removeWhere(raw, (_, i) => wrap.has(i))) }));
  }
  const isStraySmartQuote = (ch: string, i: number) => isTypographicQuote(ch) && !wrap.has(i);
  if (has(isStraySmartQuote)) {
    const safe = joinable || !has((ch, i) => isStraySmartQuote(ch, i) && isInner(i));
    const fix = safe ? makeFix('remove-quotes', removeWhere(raw, isStraySmartQuote)) : undefined;
    out.push(makeFinding('smart-quote', soft, field, { fix }));
  }
  return out;
}

/**
 * The value as it should be copied: invisible characters (zero-width, bidi, non-breaking and other
 * Unicode spaces) removed everywhere, then spaces, tabs and line breaks removed at both ends.
 * For the guide's "Copy" button. Inner spaces and line breaks are kept: they may separate two values.
 */
export const sanitize = (value: string): string => trimBlank(removeWhere(value, isInvisible));
