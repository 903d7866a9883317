import type { EmailProblem } from './email';
import { INVISIBLE } from './repair';

/**
 * A value cut into the pieces a person needs to see: the bad part of an address marked, and every invisible
 * character replaced by a visible token. Pure; the page renders `mark` pieces highlighted.
 */
export interface Piece {
  text: string;
  /** Why this piece is marked; absent for plain text. */
  mark?: 'invisible' | 'bad';
}

/** Visible names of the invisible characters (as editors show them). */
const TOKENS: Readonly<Record<string, string>> = {
  '\u00a0': 'NBSP',
  '\u2007': 'FIGSP',
  '\u202f': 'NNBSP',
  '\u200b': 'ZWSP',
  '\u200c': 'ZWNJ',
  '\u200d': 'ZWJ',
  '\u2060': 'WJ',
  '\ufeff': 'BOM',
  '\u00ad': 'SHY',
  '\u180e': 'MVS',
};

/** Whether character `i` of `value` is the bad part for `problem`. */
function isBad(value: string, i: number, problem: EmailProblem | null, at: number): boolean {
  const c = value[i]!;
  switch (problem) {
    case 'several-at':
      return c === '@' && i !== value.indexOf('@');
    case 'separator':
      return c === ';' || c === ',';
    case 'space':
      return /\s/.test(c);
    case 'non-ascii-local':
    case 'special-character':
      return i < at && c.charCodeAt(0) > 127;
    case 'lossy':
      // The replacement character, or a question mark where a letter was ("Y?lmaz").
      return c === '\ufffd' || (c === '?' && /\p{L}/u.test(value[i - 1] ?? '') && /\p{L}/u.test(value[i + 1] ?? ''));
    case 'formula-start':
      return i === 0;
    case 'double-dot':
      return c === '.' && (value[i - 1] === '.' || value[i + 1] === '.');
    case 'dot-position':
      return c === '.' && (i === 0 || i === value.length - 1 || value[i + 1] === '@' || value[i - 1] === '@');
    case 'invalid-character':
      return i < at && !/[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/.test(c);
    default:
      return false;
  }
}

/** `value` in pieces, for `problem` (null: only the invisible characters shown). */
export function markValue(value: string, problem: EmailProblem | null): Piece[] {
  const pieces: Piece[] = [];
  const at = value.lastIndexOf('@') === -1 ? value.length : value.lastIndexOf('@');
  let plain = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const invisible = INVISIBLE.test(c);
    if (!invisible && !isBad(value, i, problem, at)) {
      plain += c;
      continue;
    }
    if (plain) pieces.push({ text: plain });
    plain = '';
    pieces.push(invisible ? { text: `⟨${TOKENS[c] ?? 'U+' + c.charCodeAt(0).toString(16).toUpperCase()}⟩`, mark: 'invisible' } : { text: c === ' ' ? '␣' : c, mark: 'bad' });
  }
  if (plain) pieces.push({ text: plain });
  return pieces;
}
