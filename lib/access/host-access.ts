import { APP_SITES } from '../hosts';
import type { AppId } from '../pages/types';

/** The parts of `browser.permissions` that host access needs (a fake in unit tests). */
export interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** The apps whose pages the guide runs on, in the order the onboarding page lists them. */
export const GUIDED_APPS = Object.keys(APP_SITES) as AppId[];

/**
 * The host patterns of `app` the user must grant. Only patterns the manifest lists under
 * `host_permissions` are opt-in: Firefox treats those of a Manifest V3 extension as the user's to grant,
 * while Chrome grants them at install, so there nothing is ever missing.
 */
export function optInOrigins(app: AppId, hostPermissions: readonly string[] | undefined): string[] {
  const declared = new Set(hostPermissions ?? []);
  return APP_SITES[app].matches.filter((pattern) => declared.has(pattern));
}

/** Every opt-in origin of every app: what the onboarding page asks for in one go. */
export function allOptInOrigins(hostPermissions: readonly string[] | undefined): string[] {
  return GUIDED_APPS.flatMap((app) => optInOrigins(app, hostPermissions));
}

/** The apps the guide cannot run on because the user has not granted (or has withdrawn) access to their sites. */
export async function appsWithoutAccess(permissions: PermissionsLike, hostPermissions: readonly string[] | undefined): Promise<AppId[]> {
  const missing: AppId[] = [];
  for (const app of GUIDED_APPS) {
    const origins = optInOrigins(app, hostPermissions);
    if (origins.length > 0 && !(await permissions.contains({ origins }))) missing.push(app);
  }
  return missing;
}
