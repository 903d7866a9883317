import { defineText, plural } from './define-text';
import { LOCALES, type Locale, type Localized } from './locale';
import { APP_NAMES } from '../pages/names';
import { numberRuns, type LaterGroup } from '../progress/later-elsewhere';

/**
 * "Steps 2–3 happen in Sales Insight Actions — you can do them later": the callout's line about open
 * steps of other apps that come before the one it shows. Written in the background, which sends the
 * finished lines with the guide's context (the content scripts carry no plural rules or list formats).
 */
const EN = {
  laterPrereqs_one: 'prerequisite {list}',
  laterPrereqs_other: 'prerequisites {list}',
  laterSteps_one: 'step {list}',
  laterSteps_other: 'steps {list}',
  laterLine_one: '{what} happens in {app} — you can do it later.',
  laterLine_other: '{what} happen in {app} — you can do them later.',
};
const DE: typeof EN = {
  laterPrereqs_one: 'Voraussetzung {list}',
  laterPrereqs_other: 'Voraussetzungen {list}',
  laterSteps_one: 'Schritt {list}',
  laterSteps_other: 'Schritte {list}',
  laterLine_one: '{what} findet in {app} statt – das können Sie später erledigen.',
  laterLine_other: '{what} finden in {app} statt – das können Sie später erledigen.',
};
const laterText = /* @__PURE__ */ defineText(EN, DE);

/** "2–3 and 5" / "2–3 und 5": runs as ranges (en dash), joined as the language lists things. */
export function numberList(locale: Locale, numbers: readonly number[]): string {
  const runs = numberRuns(numbers).map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(runs);
}

/** The line of one group in `locale`: "Prerequisite 2 and step 1 happen in Marketo Engage — …". */
export function describeLater(locale: Locale, group: LaterGroup): string {
  const parts = [
    group.prerequisites.length ? plural(laterText, locale, 'laterPrereqs', group.prerequisites.length, { list: numberList(locale, group.prerequisites) }) : '',
    group.steps.length ? plural(laterText, locale, 'laterSteps', group.steps.length, { list: numberList(locale, group.steps) }) : '',
  ].filter(Boolean);
  const what = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
  const line = plural(laterText, locale, 'laterLine', group.prerequisites.length + group.steps.length, { what, app: APP_NAMES[group.app][locale] });
  return line.charAt(0).toLocaleUpperCase(locale) + line.slice(1);
}

/** Every group's line in both languages (what the guide's context carries). */
export function laterLines(groups: readonly LaterGroup[]): Localized[] {
  return groups.map((group) => Object.fromEntries(LOCALES.map((locale) => [locale, describeLater(locale, group)])) as Localized);
}
