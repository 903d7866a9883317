import type { Locale } from '../i18n/locale';
import type { PageId } from '../pages/types';
import type { FallbackRole } from '../locator/roles';

/**
 * One independent way to find a target. A comment above each way names the UI variant it matches, so
 * anyone correcting a locator knows which screen it was written against. (A comment, not a field: it
 * must not ship in the content scripts, which have a size budget. `ui` is deprecated.)
 *
 * - `css`: structure — a selector over classes, ARIA roles or attributes (language independent).
 * - `text`: a visible label in one language; `candidates` is a selector for the elements whose own
 *   text is compared (trimmed, case-insensitive, whitespace collapsed, one trailing ":" ignored, since
 *   ExtJS and Salesforce form labels end in a colon). `exact` (default true) compares the whole text;
 *   `exact: false` accepts the label inside a longer text.
 *   `roles`: the target's role(s); when no candidate carries the label, the page's elements of these roles
 *   are searched for it by accessible name instead (see lib/locator/roles.ts). Without `roles`, no fallback
 *   (status messages and titles are not interactive).
 *   `resolve: 'labelled-field'` means the matched element is only a label: the target is the field it
 *   labels (`label[for]` / `aria-labelledby`, else the first input, select, textarea or display field in
 *   the same form row). Rules that read a value (`text-nonempty`, `checked`) need the field, not the label.
 * - `route`: the target is the page itself (e.g. "open this tab"); found when page detection says so.
 */
export type LocatorWay =
  | { by: 'css'; selector: string; ui?: string }
  | {
      by: 'text';
      lang: Locale;
      text: string;
      candidates: string;
      exact?: boolean;
      roles?: readonly FallbackRole[];
      roleScope?: string;
      resolve?: 'labelled-field';
      ui?: string;
    }
  | { by: 'route'; page: PageId; ui?: string };

/** A control or read-out on a host page that the guide points at or reads evidence from. */
export interface TargetDef {
  /** The page the target lives on. */
  page: PageId;
  /** At least three independent ways to find it, tried in order; the first unique visible match wins. */
  ways: readonly LocatorWay[];
  /**
   * Found only inside the dialog (or section) that holds this other target — e.g. the confirmation of
   * the CSV invite, which reads like the single invite's: it counts only in the dialog titled
   * "Invite Users via CSV".
   */
  within?: string;
  /**
   * With `within`: when the scope target is not on screen (its dialog closed), a lone alert dialog is the
   * scope instead: UIs that confirm in an alert dialog of their own, after the dialog that asked. Only once
   * the scope target was on screen in this frame (see `LocateContext.wasShown`): another dialog's
   * confirmation (step 5's, before step 6's dialog ever opened) does not count.
   */
  orAlertDialog?: true;
  /** Shows a secret (Client Secret, API Secret Key…): masked on screen in presenter mode. */
  secret?: true;
}
