import { fillText } from './fill';
import type { Locale } from './locale';

/** Values for a text's `{name}` placeholders. */
export type TextParams = Record<string, string | number>;

/** A text table's lookup: the text of `key` in `locale`, placeholders filled. */
export type TextLookup<K extends string> = (locale: Locale, key: K, params?: TextParams) => string;

/**
 * Defines a text table from its English and German texts. German is typed against the English keys, so
 * a text missing in either language (or a key only one has) is a type error, not a blank on screen.
 */
export function defineText<K extends string>(en: Readonly<Record<K, string>>, de: Readonly<Record<NoInfer<K>, string>>): TextLookup<K> {
  return lookupIn({ en, de });
}

/** A text table in both languages, as one value (the background sends the callouts' to content scripts). */
export type TextTables<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/** The lookup of `tables`; a text not (yet) there is empty. */
export function lookupIn<K extends string>(tables: TextTables<K> | null): TextLookup<K> {
  return (locale, key, params = {}) => fillText(tables?.[locale][key] ?? '', params);
}

/** The plural texts of a table: `rows_one` and `rows_other` make `rows` (Intl.PluralRules' categories). */
export type PluralKey<K extends string> = K extends `${infer Base}_other` ? Base : never;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The text of `key` for a count of `n`: `key_one`, `key_other` (any category Intl.PluralRules gives the
 * language, falling back to `key_other`), with `{n}` filled as the language writes numbers.
 */
export function plural<K extends string>(lookup: TextLookup<K>, locale: Locale, key: PluralKey<K>, n: number, params: TextParams = {}): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const filled = { n: n.toLocaleString(locale), ...params };
  return lookup(locale, `${key}_${rules.select(n)}` as K, filled) || lookup(locale, `${key}_other` as K, filled);
}
