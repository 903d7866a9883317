import { appsWithoutAccess, type PermissionsLike } from '../../lib/access/host-access';

/** The onboarding page: which sites the guide needs, and the button that asks for them. */
export const ONBOARDING_PAGE = '/onboarding.html';

export interface OnboardingDeps {
  permissions: PermissionsLike;
  /** The manifest's `host_permissions`: opt-in in Firefox, granted at install in Chrome. */
  hostPermissions: readonly string[] | undefined;
  /** Opens (or focuses) an extension page. */
  openPage(path: string): Promise<unknown>;
}

/**
 * Opens the onboarding page when the guide lacks access to any app's sites: on install, at browser start
 * and when the user withdraws access. Nothing happens while every opt-in host is granted (always in Chrome).
 */
export async function openOnboardingIfNeeded(deps: OnboardingDeps): Promise<boolean> {
  const missing = await appsWithoutAccess(deps.permissions, deps.hostPermissions);
  if (missing.length === 0) return false;
  await deps.openPage(ONBOARDING_PAGE);
  return true;
}
