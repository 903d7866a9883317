/** The `storage.local` key that holds progress, as `{ state, version }` (Zustand persist's envelope). */
export const PROGRESS_STORAGE_KEY = 'progress';

/** The key of the practice sandbox's progress: same shape, kept apart so practice never touches real progress. */
export const PRACTICE_PROGRESS_STORAGE_KEY = 'practiceProgress';
