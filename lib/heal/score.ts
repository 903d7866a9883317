/*
 * Healing: when every way of a target fails, which control on the page is most likely it? A pure scoring
 * of candidates described as data (./candidates.ts reads them from the page), strict on purpose: the guide
 * asks "Is it this one?" only when exactly one candidate is close and no other comes near it, and even
 * then it never presents the answer as certain.
 */

/** What the registry says the target is like (./expected.ts derives it from the target's ways). */
export interface HealExpectation {
  /** Its labels in both languages, normalised. */
  labels: readonly string[];
  /** The roles it may have (button, link, tab…). A target without a role is not healed. */
  roles: readonly string[];
  /** The title of the dialog or card it sits in, normalised (from a `within` scope), when known. */
  containerTitles?: readonly string[];
}

/** One element of the page, as the scoring sees it (no element reference: this stays testable and pure). */
export interface HealCandidate {
  /** Its accessible names, normalised. */
  names: readonly string[];
  /** Its role, or what it is when it is no control (`heading`, `img`). */
  role: string;
  /** The title of the dialog or card around it, normalised, or null. */
  containerTitle: string | null;
  /** Siblings of the same role with the same name (a repeated row action): it cannot be told from them. */
  twins: number;
  /** Page furniture: a logo, a brand link, an element in the page's banner. */
  furniture: boolean;
}

/** Why a candidate was not taken (for the unit table and diagnostics; never shown as page text). */
export type HealRejection = 'role' | 'furniture' | 'name' | 'context' | 'repeated';

export type CandidateScore = { score: number } | { rejected: HealRejection };

/** Below this a candidate is not offered at all. */
export const HEAL_THRESHOLD = 0.75;
/** The best must lead the next by this much, or nothing is offered: two close candidates are "not found". */
export const HEAL_MARGIN = 0.15;

const words = (text: string): string[] => text.split(/[\s/&+,;:()–—-]+/).filter(Boolean);

/** Levenshtein distance, stopping early beyond `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Whether two words are the same word: equal, one typo apart (words of five letters or more), or one the
 * other with an inflection (invite / invites / invited). Never a prefix: "disconnect" is not "connect".
 */
function sameWord(a: string, b: string): 'exact' | 'close' | null {
  if (a === b) return 'exact';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && distance(a, b, 1) <= 1) return 'close';
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3) return 'close';
  return null;
}

/**
 * How close a name is to an expected label, 0..1: every word of the label must be there (else at most 0.3),
 * each extra word costs 0.1 and a name more than three words longer is a sentence, not this control's label.
 */
export function nameSimilarity(expected: string, name: string): number {
  const want = words(expected);
  const have = words(name);
  if (!want.length || !have.length || have.length > want.length + 3) return 0;
  const free = [...have];
  let matched = 0;
  let close = 0;
  for (const w of want) {
    const at = free.findIndex((h) => sameWord(w, h));
    if (at < 0) continue;
    if (sameWord(w, free[at]!) === 'close') close++;
    free.splice(at, 1);
    matched++;
  }
  if (matched < want.length) return 0.3 * (matched / want.length);
  return Math.max(0, 1 - 0.1 * free.length - 0.05 * close);
}

const best = (labels: readonly string[], names: readonly string[]): number =>
  Math.max(0, ...labels.flatMap((label) => names.map((name) => nameSimilarity(label, name))));

/** The score of one candidate, or why it is not one. */
export function scoreCandidate(expected: HealExpectation, candidate: HealCandidate): CandidateScore {
  if (!expected.roles.includes(candidate.role)) return { rejected: 'role' };
  if (candidate.furniture) return { rejected: 'furniture' };
  const name = best(expected.labels, candidate.names);
  if (name < HEAL_THRESHOLD) return { rejected: 'name' };
  let context = 0;
  if (expected.containerTitles?.length) {
    // The target lives in a known dialog or card: a look-alike outside it is another control.
    if (!candidate.containerTitle || best(expected.containerTitles, [candidate.containerTitle]) < 0.8) return { rejected: 'context' };
    context = 0.05;
  }
  if (candidate.twins > 0) return { rejected: 'repeated' };
  return { score: Math.min(1, name + context) };
}

/**
 * The one candidate to offer, by index, or null: the best must clear HEAL_THRESHOLD and lead every other
 * candidate that clears it by HEAL_MARGIN.
 */
export function pickHealCandidate(expected: HealExpectation, candidates: readonly HealCandidate[]): number | null {
  const scored = candidates
    .map((candidate, index) => ({ index, result: scoreCandidate(expected, candidate) }))
    .flatMap(({ index, result }) => ('score' in result ? [{ index, score: result.score }] : []))
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < HEAL_THRESHOLD) return null;
  if (second && first.score - second.score < HEAL_MARGIN) return null;
  return first.index;
}
