import { useSyncExternalStore } from 'preact/compat';
import type { StoreApi } from 'zustand/vanilla';

/** Subscribes a Preact component to a slice of a Zustand store. The selector must return stable values. */
export function useStoreSlice<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
