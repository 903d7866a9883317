import { describe, expect, it } from 'vitest';
import { openOnboardingIfNeeded } from '../../entrypoints/background/onboarding';
import { allOptInOrigins, appsWithoutAccess, optInOrigins } from '../../lib/access/host-access';
import { APP_SITES } from '../../lib/hosts';

const MANIFEST_HOSTS = Object.values(APP_SITES).flatMap((sites) => sites.matches);

/** browser.permissions with `granted` origins. */
const permissions = (granted: string[]) => ({ contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)) });

describe('host access (Firefox leaves an MV3 extension’s sites to the user)', () => {
  it('asks for each app’s sites as the manifest declares them, and only those', () => {
    expect(optInOrigins('marketo', MANIFEST_HOSTS)).toEqual(APP_SITES.marketo.matches);
    expect(allOptInOrigins(MANIFEST_HOSTS).sort()).toEqual([...MANIFEST_HOSTS].sort());
    expect(allOptInOrigins(['https://*.marketo.com/*'])).toEqual(['https://*.marketo.com/*']);
    expect(allOptInOrigins(undefined)).toEqual([]);
  });

  it('names the apps whose sites are not all granted', async () => {
    expect(await appsWithoutAccess(permissions([]), MANIFEST_HOSTS)).toEqual(['marketo', 'sales-insight-actions', 'salesforce']);
    const allButOneMarketoSite = MANIFEST_HOSTS.filter((o) => o !== 'https://experience.adobe.com/*');
    expect(await appsWithoutAccess(permissions(allButOneMarketoSite), MANIFEST_HOSTS)).toEqual(['marketo']);
    expect(await appsWithoutAccess(permissions(MANIFEST_HOSTS), MANIFEST_HOSTS)).toEqual([]);
  });

  it('the background opens the onboarding page only while some access is missing', async () => {
    const opened: string[] = [];
    const openPage = async (path: string) => opened.push(path);
    expect(await openOnboardingIfNeeded({ permissions: permissions(MANIFEST_HOSTS), hostPermissions: MANIFEST_HOSTS, openPage })).toBe(false);
    expect(opened).toEqual([]);
    expect(await openOnboardingIfNeeded({ permissions: permissions([]), hostPermissions: MANIFEST_HOSTS, openPage })).toBe(true);
    expect(opened).toEqual(['/onboarding.html']);
  });
});
