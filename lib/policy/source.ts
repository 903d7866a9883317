import { NO_POLICY, readPolicy, type PolicyReading } from './schema';

/** The parts of `browser.storage` a policy reader needs: the managed area and change events. */
export interface ManagedStorageLike {
  managed?: { get(keys?: null): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

/**
 * Reads the managed area once. Firefox rejects when no policy exists for the extension, and a browser
 * may lack the area altogether: both mean "no policy".
 */
export async function loadPolicy(storage: Pick<ManagedStorageLike, 'managed'>): Promise<PolicyReading> {
  if (!storage.managed) return NO_POLICY;
  try {
    return readPolicy(await storage.managed.get(null));
  } catch {
    return NO_POLICY;
  }
}

/**
 * The organisation's policy, kept current: read at start and again whenever the browser reports a change
 * of the managed area (Chrome does when an administrator pushes a new policy). `current()` is NO_POLICY
 * until the first read is in; await `ready` before answering from it.
 */
export function createPolicySource(storage: ManagedStorageLike, onChange?: (policy: PolicyReading) => void) {
  let current = NO_POLICY;
  const refresh = () =>
    loadPolicy(storage).then((policy) => {
      current = policy;
      onChange?.(policy);
    });
  const listener = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') void refresh();
  };
  storage.onChanged.addListener(listener);
  return {
    ready: refresh(),
    current: () => current,
    dispose: () => storage.onChanged.removeListener(listener),
  };
}

export type PolicySource = ReturnType<typeof createPolicySource>;
