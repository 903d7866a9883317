/**
 * Sent by the background to a tab's content scripts when the guide context changed without a page
 * load (e.g. "Go to step" focused an existing tab): ask for the context again. Kept apart from the
 * protocol module so the content script does not bundle the validators.
 */
export const GUIDE_REFRESH = { type: 'guide/refresh' } as const;
