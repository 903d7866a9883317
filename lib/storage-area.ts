/**
 * The slice of a `browser.storage` area (local or session) our code uses; injected so tests can pass a
 * fake. `get(null)` reads every item.
 */
export interface StorageAreaLike {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
