import { csvGroupText, type GroupKind } from '../i18n/csv-group-text';
import { csvText } from '../i18n/csv-text';
import { plural } from '../i18n/define-text';
import type { Locale } from '../i18n/locale';
import type { EmailProblem } from './email';
import type { MessageKey } from './messages';
import { REASONS } from './reasons';
import { splitGroup, type FixEntry, type FixSession } from './session';
import { hasSuggestion } from './suggest';

/**
 * The problem rows of a fix session grouped by kind, as both views show them: the groups on csv.html and the
 * in-page verdict on the Invite Users via CSV dialog (made in the background, see ./verdict.ts). One place
 * decides what a group is, whether its repair is safe, what is left in it, and what it is called.
 */

/** Kinds the check already repaired in the cleaned file (safe repairs): nothing left to do. */
const SAFE_REPAIRS: ReadonlySet<string> = new Set<GroupKind>([
  'whitespace-trimmed',
  'invisible-removed',
  'email-repaired/mailto',
  'email-repaired/display-name',
  'email-repaired/quotes',
  'formula-injection',
  'field-too-long/other',
]);

/** The problem rows of one kind. */
export interface FixGroup {
  /** The group key (see {@link FixEntry.group}): `invalid-email:space`, `missing-email`, … */
  readonly group: string;
  readonly key: MessageKey;
  /** Why the address is not valid, for `invalid-email` groups. */
  readonly reason?: EmailProblem;
  readonly entries: readonly FixEntry[];
  /** A safe repair the check already made in the cleaned file. */
  readonly safe: boolean;
}

/** The groups of a session's rows, the largest first (ties in the order the kinds first appear). */
export function groupEntries(session: FixSession): FixGroup[] {
  const by = new Map<string, FixEntry[]>();
  for (const e of session.entries) {
    const list = by.get(e.group);
    if (list) list.push(e);
    else by.set(e.group, [e]);
  }
  return [...by]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([group, entries]) => {
      const { key, reason } = splitGroup(group);
      return { group, key, ...(reason ? { reason } : {}), entries, safe: SAFE_REPAIRS.has(key) };
    });
}

/** Rows of a group still out for their problem. */
export const leftIn = (g: FixGroup): number => g.entries.filter((e) => !e.verdict.ok).length;

/** Letters lost to an encoding are kept in the file, yet only the source can put them right. */
const NEEDS_SOURCE = 'lossy-text';

/** Whether nothing of a group is left for the admin to look at: repaired by the check, or every row fixed. */
export const isSettled = (g: FixGroup): boolean => g.safe || (leftIn(g) === 0 && g.key !== NEEDS_SOURCE);

/** The rows of a group that have a suggestion now (each changes an address: applied only when accepted). */
export function suggestibleIn(session: FixSession, g: FixGroup): FixEntry[] {
  return g.reason !== undefined && hasSuggestion(g.reason) ? g.entries.filter((e) => session.suggestion(e) !== null) : [];
}

/**
 * Takes the suggestions of the named groups, in that order (unknown names are ignored, a name given twice
 * counts once): the admin's accepts, made in the in-page verdict or on csv.html. Returns the rows each changed.
 */
export function acceptGroups(session: FixSession, groups: readonly FixGroup[], names: readonly string[]): { group: string; rows: number }[] {
  const applied: { group: string; rows: number }[] = [];
  for (const name of new Set(names)) {
    const g = groups.find((x) => x.group === name);
    if (g) applied.push({ group: name, rows: session.acceptSuggestions(suggestibleIn(session, g)) });
  }
  return applied;
}

/** "E-mail address not valid: it contains a space". */
export function groupName(locale: Locale, group: string): string {
  const { key, reason } = splitGroup(group);
  const kind = csvGroupText(locale, key as GroupKind);
  const text = reason ? `${kind}: ${REASONS[locale][reason]}` : kind;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A group in words: its title ("12 rows: e-mail address missing") and what is left of it ("3 still to fix"). */
export interface GroupWords {
  title: string;
  status: string;
}

/** The words of a group in `locale`; `format` writes numbers the way the view does. */
export function groupWords(locale: Locale, g: FixGroup, format: (n: number) => string): GroupWords {
  const what = groupName(locale, g.group);
  const n = g.entries.length;
  const left = leftIn(g);
  const title = plural(csvText, locale, 'groupRows', n, { what, n: format(n) });
  const status = g.safe
    ? csvText(locale, 'groupRepaired')
    : g.key === NEEDS_SOURCE
      ? csvText(locale, 'groupCheckSource')
      : left === 0
        ? csvText(locale, 'groupDone')
        : csvText(locale, 'groupLeft', { n: format(left) });
  return { title, status };
}
