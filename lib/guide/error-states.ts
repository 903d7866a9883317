import type { PageId } from '../pages/types';

/**
 * An error state Adobe documents ("We were unable to authenticate your request"), as data: the guide
 * recognises it by a visible message element that says one of `phrases`, and then shows a recovery card
 * with the fix instead of the next instruction. Like completion rules, these rules are declarative; the
 * engine is {@link matchErrorState} (lib/locator/error-state.ts reads the DOM).
 */
export interface ErrorStateRule {
  /**
   * Kebab id, namespaced by app (`sia.*`, `sfdc.*`): recorded in progress and reports, never page text.
   * The app is the one whose data lists the rule; the steps it blocks and its texts are page-only
   * (lib/apps/<app>/error-texts.ts), so the content scripts carry only what recognises it.
   */
  id: string;
  /** Pages where the message can show; absent: any page of the app (an error page has its own route). */
  pages?: readonly PageId[];
  /**
   * Message elements only (alerts, alert dialogs, error banners, an error page's heading): never the
   * page's body text, so a help text that quotes the message does not count.
   */
  within: string;
  /**
   * What the message says, English and German (Adobe's wording and the variants a UI plausibly uses),
   * compared after the locator's label normalisation. A phrase counts at the start of the message or of
   * one of its sentences, followed by the end, punctuation or a detail ("…request (OAUTH_APP_BLOCKED)").
   */
  phrases: readonly string[];
}

/** Escapes a normalised phrase for a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a normalised message text says `phrase` (normalised too): at the start of the text or right after
 * a sentence's end (". ", ": ", "! "), and followed by the end, punctuation or a space. Inside a sentence
 * it does not count: "If you see “We were unable…”, check…" quotes the message, it is not the message.
 */
export function saysPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return new RegExp(`(?:^|[.!?:]\\s)${escape(phrase)}(?=$|[\\s.!?(,;:–—-])`).test(text);
}

/** Can `rule` show on `page` (of its own app)? */
export function errorStateApplies(rule: ErrorStateRule, page: PageId | null): boolean {
  return !rule.pages || (page !== null && rule.pages.includes(page));
}
