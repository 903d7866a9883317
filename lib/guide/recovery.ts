import type { Localized } from '../i18n/locale';
import type { StepId } from './types';

/**
 * What a recovery card says about one documented error state: a title, the message the page shows (as Adobe
 * documents it), the fix as short steps (where to check), and Adobe's page about it. Page-only texts: the
 * background serves them to the callout (`guide/recovery`), the report reads them directly.
 */
export interface RecoveryTexts {
  /** The steps the error blocks (the report lists it there). */
  steps: readonly StepId[];
  title: Localized;
  /** The documented message, quoted so the user recognises it. */
  message: Localized;
  fix: readonly Localized[];
  docUrl: Localized;
}

/** A recovery card's texts in one language, as the background sends them. */
export interface RecoveryCard {
  title: string;
  message: string;
  fix: string[];
  docUrl: string;
}
