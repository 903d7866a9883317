import { browser } from 'wxt/browser';
import type { HostAccessDeps } from './use-host-access';

/** Host access through the browser's permissions API and this build's manifest. */
export function browserHostAccess(): HostAccessDeps {
  return {
    permissions: browser.permissions,
    hostPermissions: browser.runtime.getManifest().host_permissions,
    request: (origins) => browser.permissions.request({ origins }),
  };
}
