/** The `storage.local` key that holds progress, as `{ state, version }` (Zustand persist's envelope). */
export const PROGRESS_STORAGE_KEY = 'progress';
