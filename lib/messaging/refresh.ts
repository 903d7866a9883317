/**
 * Sent by the background to a tab's content scripts when the guide context changed without a page
 * load (e.g. "Go to step" focused an existing tab): ask for the context again. Kept apart from the
 * protocol module so the content script does not bundle the validators.
 */
export const GUIDE_REFRESH = { type: 'guide/refresh' } as const;

/**
 * Sent by the background to each guided frame for "Verify now": the frame answers, for every completion
 * rule readable on its page, whether it holds now (`VerifyAnswer`). True/false only: no page text.
 */
export const VERIFY_PAGE = { type: 'guide/verify-page' } as const;

/** A frame's answer to VERIFY_PAGE. */
export type VerifyAnswer = Array<{ stepId: string; ruleId: string; holds: boolean }>;
