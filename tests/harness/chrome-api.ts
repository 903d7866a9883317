/**
 * The few extension APIs tests call inside the extension's service worker via `worker.evaluate`.
 * Use as `(globalThis as unknown as ChromeGlobal).chrome` inside the evaluated function (types only:
 * nothing from this module exists in the browser).
 */
export interface StorageAreaApi {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

export interface ChromeGlobal {
  chrome: {
    storage: { local: StorageAreaApi; session: StorageAreaApi; sync: StorageAreaApi };
    action: { getBadgeText(details: { tabId?: number }): Promise<string> };
    runtime: { sendMessage(message: unknown): Promise<unknown>; id: string };
  };
}
