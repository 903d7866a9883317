import type { Locale } from '../../lib/i18n/locale';

/** How long "✓ Verified: …" stays before the guide moves on to the next step. */
export const VERIFIED_MS = 2000;

/**
 * The moment a step's completion shows on the page: which rule, since when, and what it proves (the
 * text comes from the background; empty until it arrives, then `arrived` redraws).
 */
export function createVerifiedMoment(proofOf: (ruleId: string, locale: Locale) => Promise<string | null>, arrived: (proof: string) => void) {
  let current: { rule: string; at: number; proof: string } | null = null;
  return {
    /** The progression reports this rule as shown: start the moment (once per rule). */
    seen(rule: string, locale: Locale) {
      if (current?.rule === rule) return;
      const moment = (current = { rule, at: Date.now(), proof: '' });
      void proofOf(rule, locale).then((proof) => {
        if (current !== moment || !proof) return;
        moment.proof = proof;
        arrived(proof);
      });
    },
    proof: () => current?.proof ?? '',
    /** How much longer the success must stay in view (0: none shows, or it has been long enough). */
    remaining: () => (current ? Math.max(0, VERIFIED_MS - (Date.now() - current.at)) : 0),
    clear: () => void (current = null),
  };
}
