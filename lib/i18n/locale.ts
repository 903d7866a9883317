/** The UI languages the guide ships. English is the fallback for any other browser language. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** A user-facing text in every shipped language. */
export type Localized = Readonly<Record<Locale, string>>;

/** Picks the guide language for a browser UI language tag such as `de-AT` or `en-US`. */
export function localeFromLanguageTag(tag: string | undefined | null): Locale {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
