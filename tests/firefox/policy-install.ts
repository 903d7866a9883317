import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { findFirefox } from './harness';

/** A Firefox that reads an enterprise policy of our choosing; `remove()` deletes it. */
export interface PolicyFirefox {
  executablePath: string;
  remove(): void;
}

/**
 * Firefox reads `policies.json` from the `distribution` folder beside its binary, machine-wide. To give one
 * test its own policy without touching the system's Firefox (other users and runs share it), this builds a
 * private install: a copy of the small launcher binary, whose folder Firefox takes as its own, with links to
 * every other file of the real install and a `distribution/policies.json` of its own.
 */
export function firefoxWithPolicies(policies: Record<string, unknown>): PolicyFirefox {
  const binary = realpathSync(findFirefox());
  const installDir = dirname(binary);
  const dir = mkdtempSync(join(tmpdir(), 'msi-firefox-policy-'));
  for (const entry of readdirSync(installDir)) {
    if (entry === basename(binary) || entry === 'distribution') continue;
    symlinkSync(join(installDir, entry), join(dir, entry));
  }
  copyFileSync(binary, join(dir, basename(binary)));
  mkdirSync(join(dir, 'distribution'));
  writeFileSync(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { executablePath: join(dir, basename(binary)), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Firefox's policy for one extension's `storage.managed` (the `3rdparty` policy, as README documents it). */
export const extensionPolicy = (extensionId: string, settings: Record<string, unknown>) => ({ '3rdparty': { Extensions: { [extensionId]: settings } } });
