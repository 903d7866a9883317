import type { Locale } from '../i18n/locale';
import { acceptGroups, groupEntries, groupWords, isSettled, suggestibleIn } from './groups';
import { FixSession, type FixCounts } from './session';
import { summarizeCounts } from './summary';
import { hasSuggestion, type SuggestibleProblem } from './suggest';
import type { CsvCheckResult } from './types';

/**
 * The in-page verdict on the Invite Users via CSV dialog, made where the check runs (the background), so the
 * host page holds only this small state and never a fix session over 100,000 rows: the problems by kind (the
 * same groups as csv.html, ./groups.ts), what was repaired on its own, the suggestions the admin may accept
 * per group, and the cleaned file with the accepted ones.
 */

/** Longest value shown in a suggestion's example. */
const EXAMPLE_MAX = 80;
/** Most file-level problems listed (a file has a handful; the cap keeps a message small whatever happens). */
const FILE_ISSUES_MAX = 20;

/** One kind of problem, in words, for the panel. */
export interface CsvGroupView {
  /** The group key: what an accept names. */
  group: string;
  /** "2 rows: e-mail address not valid: two dots in a row". */
  title: string;
  /** "2 still to fix", "repaired in the cleaned file", … */
  status: string;
  /** Repaired in the cleaned file already (safe repairs): nothing to do. */
  safe: boolean;
  /** Nothing left that the admin should look at: repaired, or every row fixed (a lost letter always needs a look). */
  settled: boolean;
  /** The group's suggestion, offered only when it would change rows: what it changes and one row as example. */
  suggestion: { reason: SuggestibleProblem; rows: number; example: { from: string; to: string } } | null;
}

/** What the panel shows about one file and the suggestions accepted so far. */
export interface CsvPanelVerdict {
  /** The one-line verdict, counting the accepted suggestions. */
  summary: string;
  counts: FixCounts;
  /** True when the file cannot be used at all (no cleaned file). */
  fatal: boolean;
  /** Messages of the problems of the whole file (encoding, seat limit, a workbook…). */
  fileIssues: string[];
  groups: CsvGroupView[];
  /** Accepted groups and how many rows each changed. */
  applied: { group: string; rows: number }[];
}

const clip = (value: string): string => (value.length > EXAMPLE_MAX ? `${value.slice(0, EXAMPLE_MAX - 1)}…` : value);

/**
 * The verdict on a checked file with the suggestions of the `accept`ed groups applied (in that order; unknown
 * groups are ignored), and the cleaned file that goes with it.
 */
export function panelVerdict(result: CsvCheckResult, accept: readonly string[], locale: Locale): { verdict: CsvPanelVerdict; cleanedCsv: string | null } {
  const { report, cleanedCsv, problemRows } = result;
  const session = new FixSession(report, cleanedCsv, problemRows, locale);
  const groups = groupEntries(session);
  const applied = acceptGroups(session, groups, accept);
  const number = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US');
  const format = (n: number) => number.format(n);
  const views = groups.map((g): CsvGroupView => {
    const open = suggestibleIn(session, g);
    const first = open[0];
    const suggestion =
      first && g.reason && hasSuggestion(g.reason)
        ? { reason: g.reason, rows: open.length, example: { from: clip(first.fields[session.plan!.emailCol] ?? ''), to: clip(session.suggestion(first)!) } }
        : null;
    return { group: g.group, ...groupWords(locale, g, format), safe: g.safe, settled: isSettled(g), suggestion };
  });
  const counts = session.counts();
  const fatal = cleanedCsv === null;
  const state = fatal ? 'fatal' : report.issues.length === 0 ? 'clean' : 'problems';
  const fileIssues = report.issues.filter((i) => i.row === null).slice(0, FILE_ISSUES_MAX).map((i) => i.message);
  return {
    verdict: { summary: summarizeCounts(counts, state, locale), counts, fatal, fileIssues, groups: views, applied },
    cleanedCsv: cleanedCsv === null ? null : session.cleanedFile(cleanedCsv),
  };
}
