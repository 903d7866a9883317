/** Error states kept: one entry per error, host and page, newest first. */
export const MAX_ERRORS_SEEN = 20;
/** How often one entry counts an error seen again (a bound, so the number stays meaningful and small). */
export const MAX_ERROR_COUNT = 999;
/** Matched-way records kept: about one per target and page of the guide, newest first. */
export const MAX_MATCHED = 60;
