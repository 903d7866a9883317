import { useEffect, useState } from 'preact/hooks';
import { appsWithoutAccess, type PermissionsLike } from '../../lib/access/host-access';
import type { AppId } from '../../lib/pages/types';

/** What a page needs to show and ask for host access (browser.permissions and the manifest's opt-in hosts). */
export interface HostAccessDeps {
  permissions: PermissionsLike & {
    onAdded: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
    onRemoved: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
  };
  /** The manifest's `host_permissions` (opt-in in Firefox; Chrome grants them at install). */
  hostPermissions: readonly string[] | undefined;
  /**
   * Asks the user for the opt-in hosts. Must be called straight from a click handler: browsers grant
   * the prompt only to a user gesture, so nothing may be awaited before it.
   */
  request(origins: string[]): Promise<boolean>;
}

/** The apps still without access (undefined while asking), kept current as the user grants or withdraws it. */
export function useAppsWithoutAccess(deps: HostAccessDeps): AppId[] | undefined {
  const [missing, setMissing] = useState<AppId[] | undefined>(undefined);
  useEffect(() => {
    const refresh = () => void appsWithoutAccess(deps.permissions, deps.hostPermissions).then(setMissing, () => setMissing([]));
    refresh();
    deps.permissions.onAdded.addListener(refresh);
    deps.permissions.onRemoved.addListener(refresh);
    return () => {
      deps.permissions.onAdded.removeListener(refresh);
      deps.permissions.onRemoved.removeListener(refresh);
    };
  }, [deps]);
  return missing;
}
